import type { Cluster, Design, Dom0, Host, Hypervisor, NodeId, Vm, VmState, Workload } from '../../../model';
import { ancestorOfKind, ancestorsOf } from '../../queries/nodes';

export interface HostRt {
  id: NodeId;
  name: string;
  cluster: NodeId | null;
  /** RAM guests may use: RAM x overcommit - hypervisor overhead - Dom0. */
  ramMiB: number;
  /** vCPUs guests may use: threads x vCPU ratio. */
  vcpuCap: number;
  on: boolean;
  failed: boolean;
  /** VMs registered on this host (running or not), in a stable order. */
  vms: Set<NodeId>;
  /** RAM and vCPUs promised to migrations on their way in. */
  reservedMiB: number;
  reservedVcpus: number;
}

export interface VmRt {
  id: NodeId;
  name: string;
  host: NodeId | null;
  state: VmState;
  ramMiB: number;
  vcpus: number;
  workload: Workload;
  haPriority: Vm['haPriority'];
  lost: boolean;
  /** The migration in flight or queued for it. */
  migration: string | null;
  /** Where a snapshot or migration returns to. */
  returnTo: VmState;
  /** Last reason its placement or state changed, for the outcome sentence. */
  note: string;
}

/** The mutable runtime of a scenario run: hosts, VMs, clusters, built from a design. */
export interface World {
  hosts: Map<NodeId, HostRt>;
  vms: Map<NodeId, VmRt>;
  clusters: Map<NodeId, Cluster>;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** States in which a VM holds host RAM and CPU (a stopped or suspended VM holds none: its state is on disk). */
export const POWERED_ON: readonly VmState[] = ['provisioning', 'booting', 'running', 'migrating', 'snapshotting'];

/** Whether the VM holds RAM and vCPUs on its host now (a cold migration or snapshot of a stopped VM does not). */
export function holdsResources(v: VmRt): boolean {
  if (!POWERED_ON.includes(v.state)) return false;
  return !((v.state === 'migrating' || v.state === 'snapshotting') && v.returnTo !== 'running');
}

/** Builds the runtime from a design: each VM sits on the physical host it is nested in. */
export function buildWorld(design: Design): World {
  const t = design.topology;
  const nodes = [...t.nodes.values()];
  const hosts = new Map<NodeId, HostRt>();
  const hypervisors = nodes.filter((n): n is Hypervisor => n.kind === 'hypervisor');
  const dom0s = nodes.filter((n): n is Dom0 => n.kind === 'dom0');
  // Each host's own hypervisor: nested under it (directly or on its host OS), not inside a VM.
  const ownHypervisor = new Map<NodeId, Hypervisor>();
  for (const x of [...hypervisors].sort(byId)) {
    const chain = ancestorsOf(t, x.id);
    const host = chain.find((a) => a.kind === 'host');
    if (host && !chain.some((a) => a.kind === 'vm') && !ownHypervisor.has(host.id)) ownHypervisor.set(host.id, x);
  }
  for (const h of nodes.filter((n): n is Host => n.kind === 'host').sort(byId)) {
    const hv = ownHypervisor.get(h.id);
    const dom0Ram = hv ? dom0s.filter((d) => d.parentId === hv.id).reduce((s, d) => s + d.ramMiB, 0) : 0;
    const overcommit = hv ? hv.ramOvercommitPercent / 100 : 1;
    const cluster = h.parentId && t.nodes.get(h.parentId)?.kind === 'cluster' ? h.parentId : null;
    hosts.set(h.id, {
      id: h.id,
      name: h.name,
      cluster,
      ramMiB: Math.max(0, h.ramGiB * 1024 * overcommit - (hv?.overheadRamMiB ?? 0) - dom0Ram),
      vcpuCap: h.sockets * h.coresPerSocket * h.threadsPerCore * (hv?.vcpuRatio ?? 1),
      on: h.powerState === 'on',
      failed: false,
      vms: new Set(),
      reservedMiB: 0,
      reservedVcpus: 0,
    });
  }
  const vms = new Map<NodeId, VmRt>();
  for (const v of nodes.filter((n): n is Vm => n.kind === 'vm').sort(byId)) {
    const host = ancestorOfKind(t, v.id, 'host')?.id ?? null;
    vms.set(v.id, {
      id: v.id,
      name: v.name,
      host,
      state: v.state,
      ramMiB: v.ramMiB,
      vcpus: v.vcpus,
      workload: { ...v.workload },
      haPriority: v.haPriority,
      lost: false,
      migration: null,
      returnTo: 'running',
      note: host ? 'where the design placed it' : 'not placed on any host in the design',
    });
    if (host) hosts.get(host)?.vms.add(v.id);
  }
  const clusters = new Map<NodeId, Cluster>();
  for (const c of nodes.filter((n): n is Cluster => n.kind === 'cluster').sort(byId)) clusters.set(c.id, c);
  return { hosts, vms, clusters };
}

/** RAM in use on a host: powered-on VMs plus reservations for incoming migrations. */
export function usedRamMiB(w: World, h: HostRt): number {
  let used = h.reservedMiB;
  for (const id of h.vms) {
    const v = w.vms.get(id)!;
    if (holdsResources(v)) used += v.ramMiB;
  }
  return used;
}

/** vCPUs in use on a host, counted like RAM. */
export function usedVcpus(w: World, h: HostRt): number {
  let used = h.reservedVcpus;
  for (const id of h.vms) {
    const v = w.vms.get(id)!;
    if (holdsResources(v)) used += v.vcpus;
  }
  return used;
}

/** Why a VM cannot be powered on / moved onto this host now, or null when it fits. */
export function roomFor(w: World, h: HostRt, vm: VmRt): string | null {
  if (h.failed) return `${h.name} has failed`;
  if (!h.on) return `${h.name} is powered off`;
  const freeRam = h.ramMiB - usedRamMiB(w, h);
  if (freeRam < vm.ramMiB) return `${h.name} has ${Math.max(0, Math.round(freeRam))} MiB of RAM free and ${vm.name} needs ${vm.ramMiB} MiB`;
  const freeCpu = h.vcpuCap - usedVcpus(w, h);
  if (freeCpu < vm.vcpus) return `${h.name} has ${Math.max(0, freeCpu)} vCPU(s) free and ${vm.name} needs ${vm.vcpus}`;
  return null;
}
