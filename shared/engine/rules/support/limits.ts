import type { Vm } from '../../../model';
import { defineMemo, hostThreads, type ValidationContext } from '../../validation/context';

/** What a VM's virtual hardware is carved from: the physical host, or the outer VM when nested. */
export interface GuestLimit { ownerId: string; owner: string; threads: number; ramMiB: number }

/** The CPU threads and RAM the layer below a VM has, or undefined when it is not placed. */
export function guestLimit(ctx: ValidationContext, vm: Vm): GuestLimit | undefined {
  const hv = ctx.nodeOf(vm.parentId, 'hypervisor');
  // Memoised per hypervisor: every VM on it asks, from two rules.
  return hv ? ctx.memo(LIMIT, hv.id) : undefined;
}

function computeLimit(ctx: ValidationContext, hvId: string): GuestLimit | undefined {
  const hv = ctx.nodeOf(hvId, 'hypervisor')!;
  const outer = ctx.nodeOf(hv.parentId, 'vm');
  if (outer) return { ownerId: outer.id, owner: `VM "${outer.name}"`, threads: outer.vcpus, ramMiB: outer.ramMiB };
  const host = ctx.hostOf(hv.id);
  return host ? { ownerId: host.id, owner: `host "${host.name}"`, threads: hostThreads(host), ramMiB: host.ramGiB * 1024 } : undefined;
}

const LIMIT = defineMemo('guestLimit', computeLimit);
