// A large, realistic data centre built directly as data (applyCommand copies the elements or connections on
// each step, so building 50,000 elements through it would take minutes): clusters of ESXi, KVM and Xen
// hosts on a leaf-spine network, VLANs per cluster, shared pools, vNICs, disks, management, load
// balancers and VDI. Deterministic: the same options always give the same design.
import {
  DEFAULT_PROPS, DEFAULT_SETTINGS, edgeId, hypervisorFamilyProps, nodeId,
  type Design, type EdgeId, type Element, type HypervisorFamily, type Kind, type NodeId, type Relation, type RelationKind, type RelationPropsByKind,
} from '../../../shared/model';
import { RELATION_DEFAULTS } from '../../../shared/engine/commands/relationDefaults';

export interface LargeOptions {
  hosts: number;
  vmsPerHost: number;
  hostsPerCluster: number;
  /** Sprinkle a few realistic mistakes (overloaded hosts, duplicate IPs, a VLAN missing from a trunk…). */
  withIssues?: boolean;
}

export interface LargeTopology {
  design: Design;
  clusters: NodeId[];
  hosts: NodeId[];
  hypervisors: NodeId[];
  vms: NodeId[];
  vnics: EdgeId[];
  disks: EdgeId[];
  uplinks: EdgeId[];
}

/** Builds the data centre: `hosts` hosts, `vmsPerHost` VMs each. */
export function largeTopology({ hosts, vmsPerHost, hostsPerCluster, withIssues = false }: LargeOptions): LargeTopology {
  const nodes = new Map<NodeId, Element>();
  const edges = new Map<EdgeId, Relation>();
  let seq = 1;
  const add = (kind: Kind, parentId: NodeId | null, props: Record<string, unknown> = {}): NodeId => {
    const id = nodeId(`${kind}-${seq++}`);
    nodes.set(id, { ...DEFAULT_PROPS[kind], ...props, id, kind, parentId } as Element);
    return id;
  };
  const connect = <R extends RelationKind>(relation: R, source: NodeId, target: NodeId, props: Partial<RelationPropsByKind[R]> = {}): EdgeId => {
    const id = edgeId(`edge-${seq++}`);
    edges.set(id, { id, relation, source, target, props: { ...RELATION_DEFAULTS[relation], ...props } } as Relation);
    return id;
  };
  const out: LargeTopology = { design: undefined as never, clusters: [], hosts: [], hypervisors: [], vms: [], vnics: [], disks: [], uplinks: [] };

  const spines = [add('physicalSwitch', null, { name: 'spine-1', trunkVlans: [], mtu: 9000, speedMbps: 100000 }), add('physicalSwitch', null, { name: 'spine-2', trunkVlans: [], mtu: 9000, speedMbps: 100000 })];
  const mgmt = add('vlan', null, { name: 'mgmt', vlanId: 10, subnet: '10.255.0.0/16', gateway: '10.255.0.1', purpose: 'management' });
  const vmotion = add('vlan', null, { name: 'vmotion', vlanId: 20, subnet: '10.254.0.0/16', gateway: '10.254.0.1', purpose: 'migration', mtu: 9000 });
  add('vlan', null, { name: 'storage', vlanId: 30, subnet: '10.253.0.0/16', gateway: '10.253.0.1', purpose: 'storage', mtu: 9000 });
  const vipNet = add('vlan', null, { name: 'vip', vlanId: 40, subnet: '10.252.0.0/16', gateway: '10.252.0.1', networkType: 'vip' });
  const vcenter = add('managementServer', null, { name: 'vcenter', product: 'vcenter' });
  const xo = add('managementServer', null, { name: 'xen-orchestra', product: 'xen-orchestra' });
  const proxmox = add('managementServer', null, { name: 'proxmox', product: 'proxmox' });
  const allTrunk = new Set<number>([10, 20, 30, 40]);
  const switches: NodeId[] = [];

  const clusterCount = Math.ceil(hosts / hostsPerCluster);
  let hostNo = 0;
  let ipNo = 0;
  for (let c = 0; c < clusterCount; c++) {
    const family: HypervisorFamily = c % 8 < 5 ? 'esxi' : c % 8 < 7 ? 'kvm' : 'xen';
    const cluster = add('cluster', null, { name: `cl-${c}`, ha: { enabled: true, admission: 'percentage', hostFailuresToTolerate: 1, percentReserved: 25 } });
    out.clusters.push(cluster);
    connect('manages', family === 'esxi' ? vcenter : family === 'xen' ? xo : proxmox, cluster);
    const vlanIds = [100 + c * 3, 101 + c * 3, 102 + c * 3];
    const vlans = vlanIds.map((v, i) => add('vlan', null, { name: `cl-${c}-net-${i}`, vlanId: v, subnet: `10.${c}.${i}.0/24`, gateway: `10.${c}.${i}.1` }));
    const trunk = [10, 20, 30, 40, ...vlanIds];
    for (const v of vlanIds) allTrunk.add(v);
    const tors = [0, 1].map((i) => add('physicalSwitch', null, { name: `tor-${c}-${i}`, trunkVlans: trunk, mtu: 9000, speedMbps: 25000 }));
    for (const t of tors) {
      switches.push(t);
      for (const s of spines) connect('uplinksTo', t, s, { mode: 'trunk', vlans: trunk, speedMbps: 100000, mtu: 9000 });
    }
    const pools = [
      add('storagePool', null, { name: `cl-${c}-san`, poolType: 'san-iscsi', capacityGiB: 60000, thinRatio: 1.5 }),
      add('storagePool', null, { name: `cl-${c}-nfs`, poolType: 'nas-nfs', capacityGiB: 60000, thinRatio: 1.5 }),
    ];
    const dvs = family === 'esxi' ? add('vswitch', cluster, { name: `dvs-${c}`, switchKind: 'distributed', mtu: 9000, portGroups: [10, ...vlanIds].map((v) => ({ name: `pg-${v}`, vlanId: v, mode: 'access' })) }) : null;
    if (dvs) for (const t of tors) connect('uplinksTo', dvs, t, { mode: 'trunk', vlans: trunk, mtu: 9000, speedMbps: 25000 });
    const desktopPool = c === 0 ? add('desktopPool', cluster, { name: 'office-desktops', clients: 200 }) : null;
    const inCluster = Math.min(hostsPerCluster, hosts - hostNo);
    for (let h = 0; h < inCluster; h++, hostNo++) {
      const host = add('host', cluster, { name: `host-${hostNo}`, ramGiB: 1024, nics: [{ speedMbps: 25000, count: 4, mtu: 9000 }] });
      out.hosts.push(host);
      for (const t of tors) out.uplinks.push(connect('uplinksTo', host, t, { mode: 'trunk', vlans: trunk, speedMbps: 25000, mtu: 9000 }));
      for (const p of pools) connect('storagePath', host, p, { protocol: nodes.get(p)!.kind === 'storagePool' && (nodes.get(p) as { poolType: string }).poolType === 'san-iscsi' ? 'iscsi' : 'nfs' });
      const hv = add('hypervisor', host, { name: `${family}-${hostNo}`, ...hypervisorFamilyProps(family) });
      out.hypervisors.push(hv);
      if (family === 'xen') add('dom0', hv, { name: `dom0-${hostNo}`, ramMiB: 4096, vcpus: 4 });
      else if (family === 'kvm') add('vswitch', hv, { name: `br-${hostNo}`, switchKind: 'linux-bridge', mtu: 9000, portGroups: [10, ...vlanIds].map((v) => ({ name: `pg-${v}`, vlanId: v, mode: 'access' })) });
      for (let v = 0; v < vmsPerHost; v++) {
        const n = out.vms.length;
        const vm = add('vm', hv, {
          name: `vm-${n}`, vcpus: 2 + (n % 4) * 2, ramMiB: 4096 * (1 + (n % 4)), mode: family === 'xen' && n % 2 ? 'pv' : 'hvm',
          workload: { cpuPercent: 10 + (n % 60), dirtyRateMiBs: 5 + (n % 40), wwsMiB: 256 },
        });
        out.vms.push(vm);
        const net = n % 3;
        const octet = ipNo++;
        out.vnics.push(connect('attachedTo', vm, vlans[net]!, { ip: `10.${c}.${net}.${2 + (Math.floor(octet / 3) % 250)}`, mac: '' }));
        if (n % 2 === 0) out.vnics.push(connect('attachedTo', vm, mgmt, { ip: `10.255.${Math.floor(n / 250)}.${2 + (n % 250)}`, mac: '' }));
        out.disks.push(connect('backedBy', vm, pools[n % 2]!, { sizeGiB: 80, writtenGiB: 20 + (n % 30), provisioning: 'thin' }));
        if (n % 3 === 0) out.disks.push(connect('backedBy', vm, pools[(n + 1) % 2]!, { sizeGiB: 200, writtenGiB: 50, provisioning: n % 6 === 0 ? 'thick' : 'thin' }));
        if (desktopPool && v < 3) connect('memberOf', vm, desktopPool);
      }
    }
  }
  for (const s of spines) (nodes.get(s) as { trunkVlans: number[] }).trunkVlans = [...allTrunk].sort((a, b) => a - b);
  // Application server virtualization: load balancers on the VIP network fronting web VMs.
  for (let i = 0; i < 20; i++) {
    const lb = add('loadBalancer', null, { name: `lb-${i}`, vip: `10.252.1.${10 + i}` });
    connect('attachedTo', lb, vipNet, { ip: `10.252.1.${10 + i}`, mac: '' });
    for (let m = 0; m < 5; m++) connect('balances', lb, out.vms[(i * 97 + m * 13) % out.vms.length]!);
  }
  void vmotion;
  if (withIssues) sprinkleIssues(nodes, edges, out);
  out.design = {
    topology: { nodes, edges, settings: { ...DEFAULT_SETTINGS }, nextSeq: seq },
    layout: {},
    scenarios: [],
  } as Design;
  return out;
}

/** A few mistakes of the kind a real design has, spread over the data centre (deterministic). */
function sprinkleIssues(nodes: Map<NodeId, Element>, edges: Map<EdgeId, Relation>, out: LargeTopology): void {
  const set = (id: NodeId, patch: Record<string, unknown>) => { nodes.set(id, { ...nodes.get(id)!, ...patch } as Element); };
  const setEdge = (id: EdgeId, patch: Record<string, unknown>) => { const e = edges.get(id)!; edges.set(id, { ...e, props: { ...e.props, ...patch } } as Relation); };
  // Five hosts squeezed to 64 GiB: their ten VMs no longer fit (host-ram-capacity, with a move fix).
  for (let i = 0; i < 5; i++) set(out.hosts[37 + i * 101]!, { ramGiB: 64 });
  // Three IPs copied to another vNIC on the same VLAN (ip-unique) and two IPs outside their subnet (ip-in-subnet).
  const byVlan = new Map<string, EdgeId[]>();
  for (const v of out.vnics.slice(0, 300)) byVlan.set(edges.get(v)!.target, [...(byVlan.get(edges.get(v)!.target) ?? []), v]);
  const pairs = [...byVlan.values()].filter((l) => l.length > 8).slice(0, 3);
  for (const l of pairs) setEdge(l[7]!, { ip: (edges.get(l[3]!)!.props as { ip: string }).ip });
  for (let i = 0; i < 2; i++) setEdge(out.vnics[500 + i * 7]!, { ip: '192.168.1.10' });
  // A host whose two uplinks both forgot its cluster's first VM VLAN (vnic-vlan-on-host-uplink), and an uplink
  // tagging a VLAN its switch port does not trunk (uplink-vlan-on-switch-trunk).
  // (Cluster 5 runs KVM with per-host bridges; ESXi clusters would still carry it on their distributed switch.)
  for (const u of [out.uplinks[340]!, out.uplinks[341]!]) setEdge(u, { vlans: (edges.get(u)!.props as { vlans: number[] }).vlans.filter((v) => v !== 115) });
  setEdge(out.uplinks[400]!, { vlans: [10, 20, 30, 40, 3000] });
  // A VM with more vCPUs than its host has threads, and a PV guest on KVM.
  set(out.vms[4242]!, { vcpus: 512 });
  const kvmVm = out.vms.find((v) => (nodes.get(nodes.get(v)!.parentId!) as { family?: string }).family === 'kvm')!;
  set(kvmVm, { mode: 'pv' });
  // A thin disk that claims more data than its size.
  setEdge(out.disks[77]!, { writtenGiB: 500 });
}
