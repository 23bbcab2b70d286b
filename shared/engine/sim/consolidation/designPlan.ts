import type { Design } from '../../../model';
import { buildWorld, holdsResources } from '../scenario/world';
import { packVms, type BinHost, type BinVm, type Packing, type PackingAlgorithm } from './binPacking';
import { orderMigrations, type MigrationPlan } from './migrationPlan';

export interface ConsolidationPlan {
  algorithm: PackingAlgorithm;
  hosts: BinHost[];
  vms: BinVm[];
  packing: Packing;
  plan: MigrationPlan;
  hostsBefore: number;
  hostsAfter: number;
}

/**
 * Consolidation of a design: pack its powered-on VMs onto its working hosts (CPU = the VM's
 * average use in hardware threads, vCPUs x CPU %; RAM = its configured RAM), trying the most
 * loaded hosts first so fewer VMs move, then order the migrations so no step overfills a host.
 */
export function planDesignConsolidation(design: Design, algorithm: PackingAlgorithm): ConsolidationPlan {
  const w = buildWorld(design);
  const hostNodes = design.topology.nodes;
  const vms: BinVm[] = [...w.vms.values()]
    .filter((v) => v.host && holdsResources(v))
    .map((v) => ({ id: v.id, cpu: (v.vcpus * v.workload.cpuPercent) / 100, ram: v.ramMiB, host: v.host }));
  const load = new Map<string, number>();
  for (const v of vms) load.set(v.host!, (load.get(v.host!) ?? 0) + v.ram);
  const hosts: BinHost[] = [...w.hosts.values()]
    .filter((h) => h.on && !h.failed)
    .map((h) => {
      const n = hostNodes.get(h.id);
      const threads = n && n.kind === 'host' ? n.sockets * n.coresPerSocket * n.threadsPerCore : 1;
      return { id: h.id, cpu: threads, ram: h.ramMiB };
    })
    .sort((a, b) => (load.get(b.id) ?? 0) - (load.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  const packing = packVms(hosts, vms, algorithm);
  const plan = orderMigrations(hosts, vms, packing.assignment);
  return { algorithm, hosts, vms, packing, plan, hostsBefore: new Set(vms.map((v) => v.host)).size, hostsAfter: packing.hostsUsed.length };
}
