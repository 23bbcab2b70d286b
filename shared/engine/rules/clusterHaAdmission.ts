import { clusterAssumptions, clusterUsage } from '../ledger/clusterUsage';
import type { Rule } from './types';
import { addClusters } from './support/deps';

/** HA admission control: enough spare capacity to restart the VMs of the hosts that may fail. */
export const clusterHaAdmission: Rule = {
  id: 'cluster-ha-admission',
  severity: 'error',
  group: 'cluster',
  title: 'HA admission control leaves room for restarts',
  explanation:
    'High availability (VMware HA and its peers) restarts a failed host’s VMs on the surviving hosts of the cluster. That ' +
    'only works if the survivors have spare capacity. Admission control keeps it: it refuses to power on VMs that would eat ' +
    'the reserve needed to restart the largest host’s VMs (or a set percentage of the cluster). A cluster past that line ' +
    'has HA switched on but cannot keep its promise.',
  subjects: (ctx) => ctx.ix.ofKind('cluster'),
  check(ctx, id, report) {
    const u = clusterUsage(ctx, id as never);
    const f = u?.failover;
    if (!u || !f) return;
    const a = [...clusterAssumptions(u), f.description];
    if (u.ramUsedMiB > f.ramCapacityMiB) {
      report({
        message: `Cluster "${u.cluster.name}" uses ${u.ramUsedMiB} MiB of RAM; after the failure(s) HA must tolerate, only ${f.ramCapacityMiB} MiB remain to restart its VMs.`,
        targets: [u.cluster.id, ...f.lost.map((h) => h.id)],
        assumptions: a,
      });
    }
    if (u.cpuUsed > f.cpuCapacity) {
      report({
        severity: 'warning',
        message: `Cluster "${u.cluster.name}" schedules ${u.cpuUsed} vCPUs; after the failure(s) HA must tolerate, capacity for ${f.cpuCapacity} remains (VMs restart, but contend for CPU).`,
        targets: [u.cluster.id, ...f.lost.map((h) => h.id)],
        assumptions: a,
      });
    }
  },
  affects: addClusters,
};
