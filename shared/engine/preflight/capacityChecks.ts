import { hostUsage, vmCounts } from '../ledger/hostUsage';
import type { Plan, Push } from './plan';

/** Destination headroom while both copies exist: the destination reserves the VM's RAM and vCPUs before the source frees them. */
export function checkCapacity(p: Plan, push: Push): void {
  const { ctx, vm, dstHost } = p;
  const u = hostUsage(ctx, dstHost.id)!;
  const s = ctx.settings;
  const ram = u.ram.usedMiB + (vmCounts(vm, s) || p.running ? vm.ramMiB : 0);
  const headroomLimit = Math.floor(u.ram.capacityMiB * (1 - s.ramHeadroomPercent / 100));
  if (ram > u.ram.capacityMiB) {
    push('capacity', 'error', `Host "${dstHost.name}" would hold ${ram} MiB of RAM, above its ${u.ram.capacityMiB} MiB (the VM's ${vm.ramMiB} MiB is reserved there while the source copy still runs).`, [dstHost.id]);
  } else if (ram > headroomLimit) {
    push('capacity', 'warning', `Host "${dstHost.name}" would use ${ram} of ${u.ram.capacityMiB} MiB, eating into its ${s.ramHeadroomPercent} % headroom.`, [dstHost.id]);
  } else {
    push('capacity', 'info', `Host "${dstHost.name}" has room: ${ram} of ${u.ram.capacityMiB} MiB RAM after the move.`, [dstHost.id]);
  }
  const cpu = u.cpu.used + vm.vcpus;
  if (cpu > u.cpu.capacity) push('capacity', 'warning', `Host "${dstHost.name}" would schedule ${cpu} vCPUs on capacity for ${u.cpu.capacity}.`, [dstHost.id]);
}
