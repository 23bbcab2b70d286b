import type { NodeId } from '../../../model';
import { holdsResources, roomFor, usedRamMiB, usedVcpus, type HostRt, type VmRt, type World } from '../scenario/world';

export interface AdmissionCheck {
  satisfied: boolean;
  detail: string;
}

export interface HaDecision {
  vm: NodeId;
  /** Where it restarts, or null when it stays down. */
  to: NodeId | null;
  priority: VmRt['haPriority'];
  reason: string;
}

const PRIORITY_RANK: Record<VmRt['haPriority'], number> = { high: 0, medium: 1, low: 2, disabled: 3 };

const clusterHosts = (w: World, cluster: NodeId): HostRt[] => [...w.hosts.values()].filter((h) => h.cluster === cluster);

/** RAM of the powered-on VMs HA would restart if this host failed. */
function protectedLoad(w: World, h: HostRt): { ram: number; vcpus: number } {
  let ram = 0;
  let vcpus = 0;
  for (const id of h.vms) {
    const v = w.vms.get(id)!;
    if (holdsResources(v) && v.haPriority !== 'disabled') {
      ram += v.ramMiB;
      vcpus += v.vcpus;
    }
  }
  return { ram, vcpus };
}

/**
 * Admission control, as an aggregate capacity check (not vSphere's slot sizes): with policy
 * `host-failures` = N, losing the N most loaded hosts must leave enough free RAM and vCPUs on the
 * others to restart their protected VMs; with `percentage`, that share of the cluster must be free.
 */
export function checkAdmission(w: World, cluster: NodeId): AdmissionCheck {
  const c = w.clusters.get(cluster);
  if (!c || !c.ha.enabled) return { satisfied: false, detail: 'HA is off in this cluster' };
  const hosts = clusterHosts(w, cluster).filter((h) => h.on && !h.failed);
  if (c.ha.admission === 'none') return { satisfied: true, detail: 'admission control is off: no capacity is reserved for failover' };
  if (c.ha.admission === 'percentage') {
    const cap = hosts.reduce((s, h) => s + h.ramMiB, 0);
    const free = hosts.reduce((s, h) => s + h.ramMiB - usedRamMiB(w, h), 0);
    const pct = cap > 0 ? (100 * free) / cap : 0;
    const satisfied = pct >= c.ha.percentReserved;
    return { satisfied, detail: `${pct.toFixed(1)} % of the cluster's RAM is free; the policy reserves ${c.ha.percentReserved} %` };
  }
  const n = c.ha.hostFailuresToTolerate;
  if (hosts.length <= n) return { satisfied: false, detail: `${hosts.length} host(s) cannot tolerate ${n} host failure(s)` };
  const ranked = [...hosts].sort((a, b) => protectedLoad(w, b).ram - protectedLoad(w, a).ram || (a.id < b.id ? -1 : 1));
  const lost = ranked.slice(0, n);
  const rest = ranked.slice(n);
  const need = lost.reduce((s, h) => s + protectedLoad(w, h).ram, 0);
  const needCpu = lost.reduce((s, h) => s + protectedLoad(w, h).vcpus, 0);
  const free = rest.reduce((s, h) => s + h.ramMiB - usedRamMiB(w, h), 0);
  const freeCpu = rest.reduce((s, h) => s + h.vcpuCap - usedVcpus(w, h), 0);
  const satisfied = free >= need && freeCpu >= needCpu;
  return {
    satisfied,
    detail: `tolerating ${n} host failure(s) needs ${Math.round(need)} MiB and ${needCpu} vCPU(s) free on the other hosts; they have ${Math.round(free)} MiB and ${freeCpu}`,
  };
}

/**
 * HA after `failed` went down: the crashed VMs in priority order (high, medium, low; then larger
 * first), each restarted on the surviving host of its cluster with the most free RAM, if any has
 * room. Decisions account for each other (the world is not changed).
 */
export function planHaRestarts(w: World, failed: NodeId, crashed: readonly NodeId[], admissionAtStart: AdmissionCheck | undefined): HaDecision[] {
  const host = w.hosts.get(failed)!;
  const cluster = host.cluster ? w.clusters.get(host.cluster) : undefined;
  const vms = crashed.map((id) => w.vms.get(id)!).sort(
    (a, b) => PRIORITY_RANK[a.haPriority] - PRIORITY_RANK[b.haPriority] || b.ramMiB - a.ramMiB || (a.id < b.id ? -1 : 1),
  );
  const survivors = cluster ? clusterHosts(w, cluster.id).filter((h) => h.id !== failed && h.on && !h.failed) : [];
  const extraRam = new Map<NodeId, number>();
  const extraCpu = new Map<NodeId, number>();
  const failedInCluster = cluster ? clusterHosts(w, cluster.id).filter((h) => h.failed).length : 0;
  return vms.map((v): HaDecision => {
    const base = { vm: v.id, priority: v.haPriority };
    if (!cluster) return { ...base, to: null, reason: `${host.name} is not in a cluster, so nothing restarts its VMs` };
    if (!cluster.ha.enabled) return { ...base, to: null, reason: `HA is off in cluster ${cluster.name}` };
    if (v.haPriority === 'disabled') return { ...base, to: null, reason: 'its HA restart priority is "disabled"' };
    let best: HostRt | null = null;
    let bestFree = -Infinity;
    let firstRefusal = '';
    for (const h of survivors) {
      const free = h.ramMiB - usedRamMiB(w, h) - (extraRam.get(h.id) ?? 0);
      const freeCpu = h.vcpuCap - usedVcpus(w, h) - (extraCpu.get(h.id) ?? 0);
      const why = roomFor(w, h, v) ?? (free < v.ramMiB || freeCpu < v.vcpus ? `${h.name} has ${Math.max(0, Math.round(free))} MiB and ${Math.max(0, freeCpu)} vCPU(s) left after earlier restarts` : null);
      if (why) {
        firstRefusal ||= why;
        continue;
      }
      if (free > bestFree) {
        best = h;
        bestFree = free;
      }
    }
    if (!best) {
      const who = survivors.length === 0 ? `no host of cluster ${cluster.name} survives` : `no surviving host of cluster ${cluster.name} has room (${firstRefusal})`;
      return { ...base, to: null, reason: `${who}; ${admissionNote(cluster.ha, failedInCluster, admissionAtStart)}` };
    }
    extraRam.set(best.id, (extraRam.get(best.id) ?? 0) + v.ramMiB);
    extraCpu.set(best.id, (extraCpu.get(best.id) ?? 0) + v.vcpus);
    return { ...base, to: best.id, reason: `restarted by HA on ${best.name} (priority ${v.haPriority})` };
  });
}

function admissionNote(ha: { admission: string; hostFailuresToTolerate: number }, failedCount: number, atStart: AdmissionCheck | undefined): string {
  if (ha.admission === 'none') return 'admission control is off, so no room was reserved for failover';
  if (atStart && !atStart.satisfied) return `admission control was not satisfied before the failure (${atStart.detail})`;
  if (ha.admission === 'host-failures' && failedCount > ha.hostFailuresToTolerate) {
    return `admission control reserved room for ${ha.hostFailuresToTolerate} host failure(s) and ${failedCount} have failed`;
  }
  return 'the reserved capacity was not enough for this VM';
}
