import { ramAssumptions } from '../ledger/hostLedger';
import { hostUsage } from '../ledger/hostUsage';
import type { Rule } from './types';
import { addHosts } from './support/deps';

/** Keep some RAM free so a host can take a migrating VM or absorb growth. */
export const hostRamHeadroom: Rule = {
  id: 'host-ram-headroom',
  severity: 'warning',
  group: 'capacity',
  title: 'Hosts keep RAM headroom',
  explanation:
    'A host filled to the last MiB cannot receive a VM during live migration (both copies exist until switch-over), ' +
    'cannot restart VMs when a neighbour fails, and has nothing left for the hypervisor’s growth. The project keeps a ' +
    'headroom — a share of each host’s RAM capacity left free — so load balancing, maintenance and HA stay possible.',
  subjects: (ctx) => ctx.ix.ofKind('host'),
  check(ctx, id, report) {
    const u = hostUsage(ctx, id as never);
    if (!u) return;
    const pct = ctx.settings.ramHeadroomPercent;
    const limit = Math.floor(u.ram.capacityMiB * (1 - pct / 100));
    if (u.ram.usedMiB > u.ram.capacityMiB || u.ram.usedMiB <= limit) return;
    report({
      message: `Host "${u.host.name}" uses ${u.ram.usedMiB} of ${u.ram.capacityMiB} MiB, leaving less than the ${pct} % headroom (${u.ram.capacityMiB - limit} MiB).`,
      targets: [u.host.id],
      assumptions: [...ramAssumptions(ctx, u), `Headroom: ${pct} % of the RAM capacity stays free (project setting ramHeadroomPercent).`],
    });
  },
  affects: addHosts,
};
