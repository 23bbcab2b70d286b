import { cpuAssumptions } from '../ledger/hostLedger';
import { hostUsage } from '../ledger/hostUsage';
import type { Rule } from './types';
import { addHosts } from './support/deps';

/** Σ vCPUs ≤ hardware threads × the vCPU:pCPU ratio (less overhead and headroom). */
export const hostVcpuCapacity: Rule = {
  id: 'host-vcpu-capacity',
  severity: 'warning',
  group: 'capacity',
  title: 'vCPUs stay within the overcommit ratio',
  explanation:
    'A vCPU is not a core: the hypervisor schedules vCPUs onto hardware threads in turn. Overcommitting CPU (say 4 vCPUs ' +
    'per thread) works because guests are rarely busy at once, but past the policy ratio vCPUs wait for a free thread ' +
    '(CPU ready time) and every guest slows down. Unlike memory, the VMs still start — hence a warning.',
  subjects: (ctx) => ctx.ix.ofKind('host'),
  check(ctx, id, report) {
    const u = hostUsage(ctx, id as never);
    if (!u) return;
    const pct = ctx.settings.cpuHeadroomPercent;
    const limit = Math.floor(u.cpu.capacity * (1 - pct / 100));
    if (u.cpu.used <= limit) return;
    const over = u.cpu.used > u.cpu.capacity;
    report({
      message: over
        ? `Host "${u.host.name}" schedules ${u.cpu.used} vCPUs on capacity for ${u.cpu.capacity} (${u.cpu.threads} threads × ${u.cpu.ratio}).`
        : `Host "${u.host.name}" schedules ${u.cpu.used} vCPUs, above its ${limit} after keeping ${pct} % CPU headroom.`,
      targets: [u.host.id],
      assumptions: [...cpuAssumptions(u), ...(pct ? [`Headroom: ${pct} % of the vCPU capacity stays free (project setting cpuHeadroomPercent).`] : [])],
    });
  },
  affects: addHosts,
};
