import { HYPERVISOR_FAMILIES } from '../../model';
import { SERVES } from '../rules/support/guest';
import type { Facts, Plan, Push } from './plan';

const fam = (f: string) => HYPERVISOR_FAMILIES[f as keyof typeof HYPERVISOR_FAMILIES]?.label ?? f;

/** Same hypervisor family (or a conversion), a mode the destination offers, Dom0 on Xen, power. */
export function checkHypervisor(p: Plan, push: Push, facts: Facts): void {
  const { vm, srcHv, dstHv, dstHost, ctx } = p;
  if (dstHost.powerState === 'off') push('hypervisor', 'error', `Destination host "${dstHost.name}" is powered off.`, [dstHost.id]);
  if (!dstHv) {
    push('hypervisor', 'error', `Host "${dstHost.name}" runs no hypervisor: there is nothing to run the VM.`, [dstHost.id]);
    return;
  }
  if (dstHv.id === srcHv.id) push('hypervisor', 'error', `"${vm.name}" already runs on "${dstHv.name}".`, [vm.id]);
  if (dstHv.family !== srcHv.family) {
    facts.conversion = true;
    push('hypervisor', 'warning', `${fam(srcHv.family)} → ${fam(dstHv.family)} is a conversion (V2V), not a migration: virtual hardware, disk format and guest drivers change, and it is done with the VM shut down.`, [srcHv.id, dstHv.id]);
  } else {
    push('hypervisor', 'info', `Same hypervisor family (${fam(srcHv.family)}) on both sides.`, [srcHv.id, dstHv.id]);
  }
  if (vm.mode !== 'hvm' && dstHv.family !== 'xen') push('hypervisor', 'error', `"${vm.name}" is ${vm.mode.toUpperCase()}, a Xen guest mode; "${dstHv.name}" is ${fam(dstHv.family)}.`, [vm.id, dstHv.id]);
  else if (!SERVES[vm.mode].some((m) => dstHv.modes.includes(m))) push('hypervisor', 'error', `"${dstHv.name}" does not offer a mode for a ${vm.mode.toUpperCase()} guest (it offers ${dstHv.modes.join(', ')}).`, [dstHv.id]);
  if (dstHv.family === 'xen' && ctx.childrenOfKind(dstHv.id, 'dom0').length === 0) push('hypervisor', 'error', `Xen "${dstHv.name}" has no Dom0 to create the DomU and serve its devices.`, [dstHv.id]);
}
