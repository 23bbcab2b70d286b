import type { Dom0, Hypervisor, NodeId, Vm } from '../../../model';
import { defineMemo, type ValidationContext } from '../../validation/context';
import { byId } from './describe';

/** Dom0s and DomUs (VMs) of a hypervisor, in id order. */
export function domains(ctx: ValidationContext, hv: Hypervisor): { dom0s: Dom0[]; domUs: Vm[] } {
  return { dom0s: ctx.childrenOfKind(hv.id, 'dom0').sort(byId), domUs: ctx.childrenOfKind(hv.id, 'vm') };
}

/** Does the hypervisor have a Dom0 (memoised: every DomU asks)? */
export function hasDom0(ctx: ValidationContext, hv: NodeId): boolean {
  return ctx.memo(HAS_DOM0, hv);
}

function computeHasDom0(ctx: ValidationContext, hv: string): boolean {
  for (const c of ctx.ix.children(hv as NodeId)) if (c.kind === 'dom0') return true;
  return false;
}

const HAS_DOM0 = defineMemo('hasDom0', computeHasDom0);

/** Adds the hypervisor a changed Dom0 / VM / edge endpoint sits on, via `pick`. */
export function forParentHypervisor(ctx: ValidationContext, id: string, pick: (hv: NodeId) => void): void {
  const n = ctx.node(id);
  if (n) {
    if (n.kind === 'hypervisor') pick(n.id);
    else if ((n.kind === 'dom0' || n.kind === 'vm') && ctx.nodeOf(n.parentId, 'hypervisor')) pick(n.parentId!);
    return;
  }
  const e = ctx.edge(id);
  const src = ctx.node(e?.source);
  if (src && src.kind === 'vm' && ctx.nodeOf(src.parentId, 'hypervisor')) pick(src.parentId!);
}
