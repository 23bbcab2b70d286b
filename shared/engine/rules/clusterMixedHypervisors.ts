import type { Rule } from './types';
import { byId } from './support/describe';
import { addClusters } from './support/deps';

/** One cluster, one hypervisor family: VMs move between hosts without conversion. */
export const clusterMixedHypervisors: Rule = {
  id: 'cluster-mixed-hypervisors',
  severity: 'warning',
  group: 'cluster',
  title: 'A cluster runs one hypervisor family',
  explanation:
    'A VM is packaged for the hypervisor it runs on: its virtual hardware, disk format (VMDK, QCOW2, VHDX) and guest ' +
    'drivers. Hosts of one cluster are meant to be interchangeable so HA and DRS can move VMs between them; a VM cannot ' +
    'live-migrate from ESXi to KVM — that is a conversion (V2V), done offline.',
  subjects: (ctx) => ctx.ix.ofKind('cluster'),
  check(ctx, id, report) {
    const c = ctx.nodeOf(id, 'cluster');
    if (!c) return;
    const byFamily = new Map<string, string[]>();
    for (const h of ctx.childrenOfKind(c.id, 'host').sort(byId)) {
      for (const hv of ctx.hypervisorsOnHost(h.id)) {
        const hosts = byFamily.get(hv.family);
        if (hosts) hosts.push(h.name);
        else byFamily.set(hv.family, [h.name]);
      }
    }
    if (byFamily.size < 2) return;
    const parts = [...byFamily].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, hs]) => `${f} on ${hs.map((n) => `"${n}"`).join(', ')}`);
    report({ message: `Cluster "${c.name}" mixes hypervisor families (${parts.join('; ')}); VMs cannot migrate live between them.`, targets: [c.id] });
  },
  affects: addClusters,
};
