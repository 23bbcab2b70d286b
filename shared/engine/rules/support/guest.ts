import { hasHardwareVirtualization, type GuestMode, type Host, type Hypervisor, type VirtualizationMode, type Vm } from '../../../model';
import { defineMemo, type ValidationContext } from '../../validation/context';

/** The hypervisor a VM runs on and the physical host below it (when there is one). */
export interface GuestPlatform { hypervisor: Hypervisor; host: Host | undefined; hostHasHw: boolean }

/** The VM's hypervisor and physical host, or undefined when it is not on a hypervisor. */
export function guestPlatform(ctx: ValidationContext, vm: Vm): GuestPlatform | undefined {
  const hypervisor = ctx.nodeOf(vm.parentId, 'hypervisor');
  // Memoised per hypervisor: all its VMs ask, from several rules each.
  return hypervisor ? ctx.memo(PLATFORM, hypervisor.id) : undefined;
}

function computePlatform(ctx: ValidationContext, hvId: string): GuestPlatform {
  const hypervisor = ctx.nodeOf(hvId, 'hypervisor')!;
  const host = ctx.hostOf(hypervisor.id);
  return { hypervisor, host, hostHasHw: !!host && hasHardwareVirtualization(host.cpuFeatures) };
}

const PLATFORM = defineMemo('guestPlatform', computePlatform);

/** Does the VM's mode run hardware-assisted (HVM, or PVH's HVM container)? */
export const needsHardwareMode = (vm: Vm): boolean => vm.mode === 'hvm' || vm.mode === 'pvh';

/** Which hypervisor modes can run a guest of each mode. */
export const SERVES: Record<GuestMode, readonly VirtualizationMode[]> = {
  hvm: ['hw-assisted', 'full-bt', 'hybrid'],
  pv: ['para'],
  pvh: ['hw-assisted', 'hybrid'],
};

/** Does a hypervisor offering `modes` serve a guest of this mode? (No closure: it runs for every VM.) */
export function serves(modes: readonly VirtualizationMode[], guest: GuestMode): boolean {
  return SERVES[guest].some(isOfferedIn, modes);
}

function isOfferedIn(this: readonly VirtualizationMode[], m: VirtualizationMode): boolean {
  return this.includes(m);
}
