import { hasHardwareVirtualization, type GuestMode, type Host, type Hypervisor, type VirtualizationMode, type Vm } from '../../../model';
import type { ValidationContext } from '../../validation/context';

/** A VM with the hypervisor it runs on and the physical host below (when both exist). */
export interface GuestPlatform { vm: Vm; hypervisor: Hypervisor; host: Host | undefined; hostHasHw: boolean }

/** The VM, its hypervisor and physical host, or undefined when it is not a VM on a hypervisor. */
export function guestPlatform(ctx: ValidationContext, id: string): GuestPlatform | undefined {
  const vm = ctx.nodeOf(id, 'vm');
  const hypervisor = ctx.nodeOf(vm?.parentId, 'hypervisor');
  if (!vm || !hypervisor) return undefined;
  const host = ctx.hostOf(hypervisor.id);
  return { vm, hypervisor, host, hostHasHw: !!host && hasHardwareVirtualization(host.cpuFeatures) };
}

/** Does the VM's mode run hardware-assisted (HVM, or PVH's HVM container)? */
export const needsHardwareMode = (vm: Vm): boolean => vm.mode === 'hvm' || vm.mode === 'pvh';

/** Which hypervisor modes can run a guest of each mode. */
export const SERVES: Record<GuestMode, readonly VirtualizationMode[]> = {
  hvm: ['hw-assisted', 'full-bt', 'hybrid'],
  pv: ['para'],
  pvh: ['hw-assisted', 'hybrid'],
};
