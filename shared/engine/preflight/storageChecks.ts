import { poolUsage } from '../ledger/poolUsage';
import { num } from '../ledger/format';
import type { Facts, Plan, Push } from './plan';

/** Shared storage (only memory moves) or storage migration (disks copied) with room at the destination. */
export function checkStorage(p: Plan, push: Push, facts: Facts): void {
  const { ctx, vm, dstHost } = p;
  const disks = ctx.outOf(vm.id, 'backedBy');
  if (disks.length === 0) {
    push('storage', 'info', `"${vm.name}" has no virtual disks: only memory and state move.`, [vm.id]);
    return;
  }
  const reach = ctx.hostPools(dstHost.id);
  const moving = disks.filter((d) => !reach.has(d.target));
  if (moving.length === 0) {
    push('storage', 'info', `Shared storage: host "${dstHost.name}" reaches every disk of "${vm.name}", so no disk data is copied.`, disks.map((d) => d.id));
    return;
  }
  const copy = moving.reduce((a, d) => a + (d.props.provisioning === 'thick' ? d.props.sizeGiB : d.props.writtenGiB), 0);
  facts.storage = { needed: true, disks: moving.map((d) => d.id), copyGiB: copy };
  const pools = [...new Set(moving.map((d) => `"${ctx.node(d.target)?.name ?? d.target}"`))].join(', ');
  push('storage', 'warning', `Storage migration needed: host "${dstHost.name}" cannot reach ${pools}; ${num(copy)} GiB of disk data must be copied as well as memory.`, moving.map((d) => d.id));
  const room = [...reach].map((id) => poolUsage(ctx, id)).filter((u) => u && u.capacityGiB - u.writtenGiB >= copy);
  if (room.length === 0) push('storage', 'error', `No pool reachable from host "${dstHost.name}" has ${num(copy)} GiB free for the copied disks.`, [dstHost.id]);
  else push('storage', 'info', `Pool "${room[0]!.pool.name}" on the destination has room for the copied disks.`, [room[0]!.pool.id]);
}
