import { num, pct } from '../ledger/format';
import { poolUsage, writtenAssumptions } from '../ledger/poolUsage';
import type { Rule } from './types';
import { named } from './support/describe';
import { addPoolOf } from './support/pools';

/** A pool close to full is a warning before it becomes an outage. */
export const storageUsageWarning: Rule = {
  id: 'storage-usage-warning',
  severity: 'warning',
  group: 'storage',
  title: 'Storage pools keep free space',
  explanation:
    'Thin disks keep growing as guests write, snapshots add delta files, and storage migration needs room for a second ' +
    'copy. A pool past the warning threshold should be grown or have disks moved before thin disks fill it.',
  subjects: (ctx) => ctx.ix.ofKind('storagePool'),
  check(ctx, id, report) {
    const u = poolUsage(ctx, id as never);
    const warn = ctx.settings.storageWarnPercent;
    if (!u || u.writtenGiB > u.capacityGiB || u.writtenGiB <= (u.capacityGiB * warn) / 100) return;
    report({
      message: `${named(u.pool)} is ${pct(u.writtenGiB, u.capacityGiB)} full (${num(u.writtenGiB)} of ${num(u.capacityGiB)} GiB written), above the ${warn} % warning level.`,
      targets: [u.pool.id],
      assumptions: writtenAssumptions(u, warn),
    });
  },
  affects: addPoolOf,
};
