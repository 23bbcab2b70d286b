import type { Rule } from './types';
import { byId } from './support/describe';
import { addClusters } from './support/deps';

/** Live migration moves running CPU state; Intel and AMD state do not mix. */
export const clusterCpuVendorMix: Rule = {
  id: 'cluster-cpu-vendor-mix',
  severity: 'error',
  group: 'cluster',
  title: 'A cluster’s hosts share a CPU vendor',
  explanation:
    'Live migration copies a running VM’s memory and CPU state to another host and resumes it there mid-instruction. A ' +
    'guest that started on an Intel CPU has chosen code paths and saved state for Intel; it cannot continue on AMD (or ' +
    'ARM). Clusters exist so VMs can move freely (DRS, HA, maintenance), so their hosts must share a CPU vendor; ' +
    'across vendors only cold migration works.',
  subjects: (ctx) => ctx.ix.ofKind('cluster'),
  check(ctx, id, report) {
    const c = ctx.nodeOf(id, 'cluster');
    if (!c) return;
    const hosts = ctx.childrenOfKind(c.id, 'host').sort(byId);
    const vendors = [...new Set(hosts.map((h) => h.cpuVendor))].sort();
    if (vendors.length < 2) return;
    report({
      message: `Cluster "${c.name}" mixes CPU vendors (${vendors.map((v) => `${v}: ${hosts.filter((h) => h.cpuVendor === v).map((h) => `"${h.name}"`).join(', ')}`).join('; ')}); VMs cannot live-migrate between them.`,
      targets: [c.id, ...hosts.map((h) => h.id)],
    });
  },
  affects: addClusters,
};
