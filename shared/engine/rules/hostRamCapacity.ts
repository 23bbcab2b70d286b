import { ramAssumptions } from '../ledger/hostLedger';
import { hostUsage } from '../ledger/hostUsage';
import type { QuickFix, Rule } from './types';
import { FIX_POSITION } from './support/describe';
import { addHostsAndFlaggedPeers, countedGuests, roomFor } from './support/capacity';

const ID = 'host-ram-capacity';

/** Hypervisor overhead + Dom0 + host OS + VMs must fit the host's RAM (times the overcommit allowed). */
export const hostRamCapacity: Rule = {
  id: ID,
  severity: 'error',
  group: 'capacity',
  title: 'Host RAM is not over-promised',
  explanation:
    'Every VM draws its memory from the physical host it runs on; the hypervisor shares that RAM among guests. The ' +
    'hypervisor itself, Xen’s Dom0 and (under a Type-2 hypervisor) the host OS take their share first. Some hypervisors ' +
    'overcommit memory (ballooning, page sharing, swapping), promising guests more than exists — up to a policy ratio. ' +
    'Past that ratio, VMs fail to start or the host swaps heavily.',
  subjects: (ctx) => ctx.ix.ofKind('host'),
  check(ctx, id, report) {
    const u = hostUsage(ctx, id as never);
    if (!u || u.ram.usedMiB <= u.ram.capacityMiB) return;
    const excess = u.ram.usedMiB - u.ram.capacityMiB;
    const guests = countedGuests(ctx, u.host);
    // The smallest VM that clears the excess on its own, else the largest one.
    const pick = [...guests].reverse().find((g) => g.vm.ramMiB >= excess) ?? guests[0];
    const fixes: QuickFix[] = [];
    const dest = pick && roomFor(ctx, pick.vm, pick.hv, u.host);
    if (pick && dest) {
      const destHost = ctx.hostOf(dest.id)!;
      fixes.push({ label: `Move VM "${pick.vm.name}" to "${dest.name}" on host "${destHost.name}"`, command: { type: 'nestNode', id: pick.vm.id, parentId: dest.id, position: FIX_POSITION } });
    }
    report({
      message: `Host "${u.host.name}" promises ${u.ram.usedMiB} MiB of RAM but can give ${u.ram.capacityMiB} MiB (${excess} MiB over).`,
      targets: [u.host.id, ...guests.slice(0, 3).map((g) => g.vm.id)],
      assumptions: ramAssumptions(ctx, u),
      fixes,
    });
  },
  affects: addHostsAndFlaggedPeers(ID),
};
