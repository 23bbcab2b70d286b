import type { NodeId, Vlan } from '../../../model';
import { defineMemo, type ValidationContext } from '../../validation/context';

export const UNWIRED = '(no physical switch)';

/** Physical switches linked by switch-to-switch uplinks form one switch domain; named by its smallest id. */
export function switchDomainOf(ctx: ValidationContext, switchId: NodeId): string {
  return ctx.memo(SWITCH_DOMAINS, '*').get(switchId) ?? switchId;
}

function computeSwitchDomains(ctx: ValidationContext): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const s of ctx.ix.ofKind('physicalSwitch')) parent.set(s, s);
  for (const s of ctx.ix.ofKind('physicalSwitch')) {
    for (const e of ctx.outOf(s, 'uplinksTo')) {
      if (!parent.has(e.target)) continue;
      const a = find(s);
      const b = find(e.target);
      // The smaller id stays the root, so a domain's name never depends on edit order.
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const out = new Map<string, string>();
  for (const s of parent.keys()) out.set(s, find(s));
  return out;
}

/** The switch domains a VLAN lives in: those its attached elements' hosts are wired to. */
export function vlanDomains(ctx: ValidationContext, vlan: Vlan): ReadonlySet<string> {
  return ctx.memo(VLAN_DOMAINS, vlan.id);
}

function computeVlanDomains(ctx: ValidationContext, vlanId: string): Set<string> {
  const out = new Set<string>();
  for (const a of ctx.inOf(vlanId as NodeId, 'attachedTo')) {
    const host = ctx.hostOf(a.source);
    if (!host) continue;
    for (const u of ctx.hostUplinks(host.id)) if (ctx.nodeOf(u.target, 'physicalSwitch')) out.add(switchDomainOf(ctx, u.target));
  }
  if (out.size === 0) out.add(UNWIRED);
  return out;
}

const SWITCH_DOMAINS = defineMemo('switchDomains', computeSwitchDomains);
const VLAN_DOMAINS = defineMemo('vlanDomains', computeVlanDomains);
