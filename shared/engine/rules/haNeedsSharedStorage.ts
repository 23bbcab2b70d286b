import type { Element, Relation } from '../../model';
import type { Rule } from './types';
import { byId } from './support/describe';
import { addClusters } from './support/deps';

/** Properties that can change this rule's verdict or message, by kind (connections: none, only their ends). */
const RELEVANT: Record<string, readonly string[]> = { cluster: ['ha', 'name'], host: ['powerState'], vm: ['name'], storagePool: ['name'] };

/** HA restarts a VM elsewhere, so every host must reach its disks. */
export const haNeedsSharedStorage: Rule = {
  id: 'ha-needs-shared-storage',
  severity: 'warning',
  group: 'cluster',
  title: 'HA clusters keep VM disks on shared storage',
  explanation:
    'When a host fails, HA restarts its VMs on the survivors — booting them from the same virtual disks. That needs the ' +
    'disks on shared storage (SAN or NAS) that every host of the cluster reaches. A disk on one host’s local storage, or ' +
    'on a pool some hosts have no path to, ties the VM to those hosts; the same holds for live migration between them.',
  subjects: (ctx) => ctx.ix.ofKind('cluster'),
  check(ctx, id, report) {
    const c = ctx.nodeOf(id, 'cluster');
    if (!c || !c.ha.enabled) return;
    const hosts = ctx.childrenOfKind(c.id, 'host').filter((h) => h.powerState !== 'off').sort(byId);
    if (hosts.length < 2) return;
    // Pools every running host reaches, computed once: O(hosts x pools), not O(disks x hosts).
    const common = new Set([...ctx.hostPools(hosts[0]!.id)].filter((p) => hosts.every((x) => ctx.hostPools(x.id).has(p))));
    const stranded = new Map<string, string[]>(); // pool name -> VM names
    const poolIds = new Set<string>();
    // Every disk of every guest (the host's hypervisors' VMs), read from the index's lists directly.
    const strand = (vm: Element, d: Relation): void => {
      if (common.has(d.target)) return;
      const pool = ctx.node(d.target);
      poolIds.add(d.target);
      const k = pool ? pool.name : d.target;
      const names = stranded.get(k);
      if (names) names.push(vm.name);
      else stranded.set(k, [vm.name]);
    };
    for (const h of hosts) for (const hv of ctx.hypervisorsOnHost(h.id)) ctx.ix.lists.eachChildOut(hv.id, 'vm', 'backedBy', strand);
    if (stranded.size === 0) return;
    const list = [...stranded].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, vms]) => `"${p}" (${vms.length} VM(s), e.g. "${[...vms].sort()[0]}")`);
    report({
      message: `Cluster "${c.name}" has HA on, but not every host reaches pool(s) ${list.join(', ')}: those VMs cannot restart anywhere.`,
      targets: [c.id, ...([...poolIds].sort() as never[])],
    });
  },
  affects(ctx, changed, add, keys) {
    // Only placement, storage paths, power, HA and the names in the message matter; a VM's RAM does not.
    if (keys && !RELEVANT[ctx.node(changed)?.kind ?? '']?.some((k) => keys.has(k))) return;
    addClusters(ctx, changed, add);
    // Messages name pools: a renamed pool touches every cluster whose VMs use it.
    const p = ctx.nodeOf(changed, 'storagePool');
    if (p) for (const d of ctx.inOf(p.id, 'backedBy')) { const c = ctx.upTo(d.source, 'cluster'); if (c) add(c.id); }
  },
};
