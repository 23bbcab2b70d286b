import type { Cluster, Host, NodeId } from '../../model';
import { defineMemo, type ValidationContext } from '../validation/context';
import { hostUsage, type HostUsage } from './hostUsage';
import type { LedgerLine } from './types';

export interface Failover {
  policy: 'host-failures' | 'percentage';
  /** Hosts assumed lost (the largest ones) under the host-failures policy. */
  lost: Host[];
  ramCapacityMiB: number;
  cpuCapacity: number;
  description: string;
}

export interface ClusterUsage {
  cluster: Cluster;
  hosts: HostUsage[];
  offHosts: Host[];
  ramUsedMiB: number;
  ramCapacityMiB: number;
  cpuUsed: number;
  cpuCapacity: number;
  /** Capacity left for the cluster's VMs after the failures HA admission control must absorb. */
  failover?: Failover;
}

/** Sums a cluster's powered-on hosts and works out what HA admission control leaves after failures. */
export function measureCluster(ctx: ValidationContext, cluster: Cluster): ClusterUsage {
  const hosts: HostUsage[] = [];
  const offHosts: Host[] = [];
  for (const h of ctx.childrenOfKind(cluster.id, 'host')) {
    if (h.powerState === 'off') offHosts.push(h);
    else hosts.push(hostUsage(ctx, h.id)!);
  }
  const u: ClusterUsage = { cluster, hosts, offHosts, ramUsedMiB: 0, ramCapacityMiB: 0, cpuUsed: 0, cpuCapacity: 0 };
  for (const h of hosts) {
    u.ramUsedMiB += h.ram.usedMiB;
    u.ramCapacityMiB += h.ram.capacityMiB;
    u.cpuUsed += h.cpu.used;
    u.cpuCapacity += h.cpu.capacity;
  }
  const ha = cluster.ha;
  if (!ha.enabled || ha.admission === 'none') return u;
  if (ha.admission === 'percentage') {
    const keep = 1 - ha.percentReserved / 100;
    u.failover = {
      policy: 'percentage', lost: [], ramCapacityMiB: Math.floor(u.ramCapacityMiB * keep), cpuCapacity: Math.floor(u.cpuCapacity * keep),
      description: `HA admission control reserves ${ha.percentReserved} % of the cluster's RAM and CPU for restarts.`,
    };
    return u;
  }
  const n = Math.max(0, Math.floor(ha.hostFailuresToTolerate));
  // The worst case is losing the biggest hosts: their capacity is what the survivors lack.
  const biggest = [...hosts].sort((a, b) => b.ram.capacityMiB - a.ram.capacityMiB || (a.host.id < b.host.id ? -1 : 1)).slice(0, n);
  const lost = new Set(biggest.map((h) => h.host.id));
  let ram = 0;
  let cpu = 0;
  for (const h of hosts) if (!lost.has(h.host.id)) { ram += h.ram.capacityMiB; cpu += h.cpu.capacity; }
  u.failover = {
    policy: 'host-failures', lost: biggest.map((h) => h.host), ramCapacityMiB: ram, cpuCapacity: cpu,
    description: `HA admission control tolerates ${n} host failure(s): the VMs must still fit when the ${n === 1 ? 'largest host is' : `${n} largest hosts are`} lost${biggest.length ? ` (${biggest.map((h) => `"${h.host.name}"`).join(', ')})` : ''}.`,
  };
  return u;
}

const CLUSTER_USAGE = defineMemo('clusterUsage', (ctx, id) => measureCluster(ctx, ctx.nodeOf(id, 'cluster')!));

/** The cluster's usage, measured once per validation pass. */
export function clusterUsage(ctx: ValidationContext, id: NodeId): ClusterUsage | undefined {
  const c = ctx.nodeOf(id, 'cluster');
  return c ? ctx.memo(CLUSTER_USAGE, id) : undefined;
}

/** Assumptions shared by the cluster lines. */
export function clusterAssumptions(u: ClusterUsage): string[] {
  const out = ['The cluster acts as one: the sums of its powered-on hosts (aggregation).', 'Each host line uses its own ratios and overheads (see the host ledgers).'];
  if (u.offHosts.length) out.push(`${u.offHosts.length} powered-off host(s) add no capacity.`);
  return out;
}

/** The ledger lines of a cluster: summed RAM and vCPU, and what HA leaves after failures. */
export function clusterLedgerLines(ctx: ValidationContext, cluster: Cluster): LedgerLine[] {
  const u = measureCluster(ctx, cluster);
  const base = clusterAssumptions(u);
  const perHost = (f: (h: HostUsage) => number) => u.hosts.map((h) => ({ label: `Host "${h.host.name}"`, amount: f(h), id: h.host.id }));
  const lines: LedgerLine[] = [
    { resource: 'ram', label: 'RAM', used: u.ramUsedMiB, capacity: u.ramCapacityMiB, unit: 'MiB', assumptions: base, items: perHost((h) => h.ram.usedMiB) },
    { resource: 'vcpu', label: 'vCPUs', used: u.cpuUsed, capacity: u.cpuCapacity, unit: 'vCPU', assumptions: base, items: perHost((h) => h.cpu.used) },
  ];
  if (u.failover) {
    const a = [...base, u.failover.description];
    lines.push({ resource: 'ha-failover-ram', label: 'RAM after failover', used: u.ramUsedMiB, capacity: u.failover.ramCapacityMiB, unit: 'MiB', assumptions: a, items: perHost((h) => h.ram.usedMiB) });
    lines.push({ resource: 'ha-failover-vcpu', label: 'vCPUs after failover', used: u.cpuUsed, capacity: u.failover.cpuCapacity, unit: 'vCPU', assumptions: a, items: perHost((h) => h.cpu.used) });
  }
  return lines;
}
