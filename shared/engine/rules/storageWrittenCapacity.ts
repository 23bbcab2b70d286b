import { num } from '../ledger/format';
import { poolUsage, writtenAssumptions } from '../ledger/poolUsage';
import type { Rule } from './types';
import { named } from './support/describe';
import { addPoolOf } from './support/pools';

/** Σ written data ≤ physical capacity: thin provisioning cannot store more than the disks hold. */
export const storageWrittenCapacity: Rule = {
  id: 'storage-written-capacity',
  severity: 'error',
  group: 'storage',
  title: 'Written data fits the pool',
  explanation:
    'Thin provisioning overcommits promises, not bytes. Whatever the guests have actually written (and every thick disk in ' +
    'full) must be stored on the pool’s physical disks. When written data exceeds capacity, writes fail and VMs on the ' +
    'pool pause or crash — the classic thin-provisioning outage.',
  subjects: (ctx) => ctx.ix.ofKind('storagePool'),
  check(ctx, id, report) {
    const u = poolUsage(ctx, id as never);
    if (!u || u.writtenGiB <= u.capacityGiB) return;
    const need = Math.ceil(u.writtenGiB);
    report({
      message: `${named(u.pool)} holds ${num(u.writtenGiB)} GiB of written data on ${num(u.capacityGiB)} GiB of capacity.`,
      targets: [u.pool.id],
      assumptions: writtenAssumptions(u, ctx.settings.storageWarnPercent),
      fixes: [{ label: `Grow "${u.pool.name}" to ${need} GiB`, command: { type: 'setProps', id: u.pool.id, props: { capacityGiB: need } } }],
    });
  },
  affects: addPoolOf,
};
