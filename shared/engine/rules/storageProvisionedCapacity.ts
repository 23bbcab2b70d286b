import { num } from '../ledger/format';
import { poolUsage, provisionedAssumptions } from '../ledger/poolUsage';
import type { Rule } from './types';
import { named } from './support/describe';
import { addPoolOf } from './support/pools';

/** Σ provisioned disk sizes ≤ capacity × thin-provisioning ratio. */
export const storageProvisionedCapacity: Rule = {
  id: 'storage-provisioned-capacity',
  severity: 'error',
  group: 'storage',
  title: 'Provisioned disks fit the pool (with thin provisioning)',
  explanation:
    'Storage virtualization groups physical disks into a pool and hands out logical virtual disks. A thick disk reserves ' +
    'its full size at once; a thin disk only takes blocks as the guest writes, so a pool may promise more than it has — ' +
    'up to a chosen thin-provisioning ratio. Promising beyond that ratio means guests will run out of space while their ' +
    'disks still look half empty.',
  subjects: (ctx) => ctx.ix.ofKind('storagePool'),
  check(ctx, id, report) {
    const u = poolUsage(ctx, id as never);
    if (!u || u.provisionedGiB <= u.provisionLimitGiB) return;
    const need = Math.ceil(u.provisionedGiB / u.thinRatio);
    report({
      message: `${named(u.pool)} has ${num(u.provisionedGiB)} GiB of virtual disks provisioned, above ${num(u.provisionLimitGiB)} GiB (capacity × thin ratio ${num(u.thinRatio)}).`,
      targets: [u.pool.id],
      assumptions: provisionedAssumptions(u),
      fixes: [{ label: `Grow "${u.pool.name}" to ${need} GiB`, command: { type: 'setProps', id: u.pool.id, props: { capacityGiB: need } } }],
    });
  },
  affects: addPoolOf,
};
