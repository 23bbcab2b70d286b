// Random but meaningful edits for property tests: every command kind, on every kind of element,
// with values chosen from the domain (enum members, small and large numbers, reserved VLAN ids…).
import type { Command } from '../../../shared/engine/commands/types';
import {
  ALLOWED_PARENTS, CPU_MODELS, KINDS, RELATION_ENDS, hypervisorFamilyProps, type Design, type EdgeId, type Kind, type NodeId, type RelationKind,
} from '../../../shared/model';

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;

const VALUES: Record<string, readonly unknown[]> = {
  name: ['alpha', 'beta', 'web-1', 'db'],
  cpuModel: CPU_MODELS.map((m) => m.id),
  cpuVendor: ['intel', 'amd'],
  cpuFeatures: [[], ['vt-x'], ['vt-x', 'ept', 'nested'], ['amd-v', 'npt', 'nested'], ['vt-x', 'ept', 'vt-d', 'nested', 'aes-ni', 'avx2']],
  powerState: ['on', 'off'],
  kernel: ['linux', 'windows'],
  family: ['esxi', 'kvm', 'xen', 'hyper-v', 'virtualbox', 'vmware-workstation', 'qemu-tcg'],
  hypervisorType: [1, 2],
  modes: [['hw-assisted'], ['para'], ['full-bt'], ['para', 'hw-assisted', 'hybrid'], []],
  nested: [true, false],
  nestedVirtualization: [true, false],
  backendDrivers: [[], ['netback'], ['netback', 'blkback']],
  qemuDeviceModel: [true, false],
  mode: ['hvm', 'pv', 'pvh', 'trunk', 'access'],
  state: ['running', 'stopped', 'suspended', 'migrating'],
  guestOs: [{ osName: 'Ubuntu', kernel: 'linux', pvCapable: true }, { osName: 'Windows', kernel: 'windows', pvCapable: false }],
  switchKind: ['standard', 'distributed', 'ovs', 'linux-bridge'],
  portGroups: [[], [{ name: 'pg10', vlanId: 10, mode: 'access' }], [{ name: 'pg20', vlanId: 20, mode: 'access' }, { name: 'bad', vlanId: 0, mode: 'access' }]],
  vlanId: [10, 20, 30, 0, 4095],
  subnet: ['10.0.10.0/24', '10.0.20.0/24', '10.0.10.7/24', 'nonsense'],
  gateway: ['10.0.10.1', '10.0.20.1', '10.0.10.255', ''],
  networkType: ['vlan', 'vip', 'vpn'],
  purpose: ['vm', 'migration', 'storage'],
  trunkVlans: [[], [10], [10, 20, 30], [10, 5000]],
  vlans: [[], [10], [20], [10, 20, 30], [0]],
  poolType: ['san-fc', 'san-iscsi', 'nas-nfs', 'object-s3', 'object-ceph', 'local'],
  protocol: ['fc', 'iscsi', 'nfs', 's3', 'local'],
  provisioning: ['thin', 'thick'],
  ha: [
    { enabled: true, admission: 'host-failures', hostFailuresToTolerate: 1, percentReserved: 25 },
    { enabled: true, admission: 'percentage', hostFailuresToTolerate: 1, percentReserved: 50 },
    { enabled: false, admission: 'none', hostFailuresToTolerate: 0, percentReserved: 0 },
  ],
  evcBaseline: [null, 'xeon-e5-2680v4', 'xeon-gold-6338', 'no-such-cpu'],
  product: ['vcenter', 'xen-orchestra', 'virt-manager', 'proxmox'],
  vip: ['10.0.100.10', '10.0.10.50', 'x'],
  ip: ['', '10.0.10.11', '10.0.10.12', '10.0.20.5', '10.0.10.255', '192.168.1.1'],
  parentId: [],
};
const NUMBERS = [0, 1, 2, 4, 8, 16, 64, 100, 1500, 4096, 9000, 100000];

/** A plausible new value for a property, or undefined when this harness does not vary it. */
function valueFor(key: string, current: unknown, n: number): unknown {
  if (key in VALUES) return VALUES[key]!.length ? pick(VALUES[key]!, n) : undefined;
  if (typeof current === 'number') return pick(NUMBERS, n);
  if (typeof current === 'boolean') return !current;
  if (typeof current === 'string') return pick(['a', 'b'], n);
  return undefined;
}

const ids = (d: Design) => [...d.topology.nodes.keys()].sort();
const edges = (d: Design) => [...d.topology.edges.keys()].sort();
const at = { x: 0, y: 0 };

/** Turns four random numbers into a command on the design (or undefined when none fits). */
export function randomCommand(d: Design, [op, a, b, c]: readonly [number, number, number, number]): Command | undefined {
  const nodes = ids(d);
  const rels = edges(d);
  switch (op % 8) {
    case 0: { // add
      const kind = pick(KINDS, a) as Kind;
      const parents = nodes.filter((id) => ALLOWED_PARENTS[kind].includes(d.topology.nodes.get(id)!.kind));
      const parentId = parents.length && b % 5 ? pick(parents, c) : null;
      const props = kind === 'hypervisor' ? { ...hypervisorFamilyProps(pick(VALUES.family!, b) as never) } : {};
      return { type: 'addNode', kind, parentId, position: at, props };
    }
    case 1: case 5: { // connect
      if (nodes.length < 2) return undefined;
      const source = pick(nodes, a);
      const sk = d.topology.nodes.get(source)!.kind;
      const possible = (Object.keys(RELATION_ENDS) as RelationKind[]).filter((r) => RELATION_ENDS[r].sources.includes(sk));
      if (!possible.length) return undefined;
      const relation = pick(possible, b);
      const targets = nodes.filter((id) => id !== source && RELATION_ENDS[relation].targets.includes(d.topology.nodes.get(id)!.kind));
      if (!targets.length) return undefined;
      const props = relation === 'attachedTo' ? { ip: pick(VALUES.ip!, c) } : relation === 'uplinksTo' ? { vlans: pick(VALUES.vlans!, c) } : {};
      return { type: 'connect', source, target: pick(targets, c), relation, props };
    }
    case 2: case 3: { // set a property of a node or an edge
      const onEdge = rels.length > 0 && a % 3 === 0;
      const id = onEdge ? pick(rels, b) : pick(nodes, b);
      if (!id) return undefined;
      const obj = (onEdge ? d.topology.edges.get(id as EdgeId)!.props : d.topology.nodes.get(id as NodeId)) as unknown as Record<string, unknown>;
      const keys = Object.keys(obj).filter((k) => !['id', 'kind', 'parentId', 'power', 'localDisks', 'workload', 'namespaces', 'services', 'notes'].includes(k));
      if (!keys.length) return undefined;
      const key = pick(keys, c);
      const value = valueFor(key, obj[key], a + c);
      if (value === undefined) return undefined;
      if (key === 'family') return { type: 'setProps', id, props: { ...hypervisorFamilyProps(value as never) } };
      return { type: 'setProps', id, props: { [key]: value } };
    }
    case 4: case 6: { // nest elsewhere
      const id = pick(nodes, a);
      if (!id) return undefined;
      const kind = d.topology.nodes.get(id)!.kind;
      const parents = nodes.filter((p) => ALLOWED_PARENTS[kind].includes(d.topology.nodes.get(p)!.kind));
      return { type: 'nestNode', id, parentId: parents.length && b % 4 ? pick(parents, c) : null, position: at };
    }
    default: { // remove a node or an edge
      const pool = a % 2 && rels.length ? rels : nodes;
      const id = pick<string>(pool, b);
      return id ? { type: 'remove', ids: [id as NodeId] } : undefined;
    }
  }
}
