import type { Design, NodeId, Relation } from '../model';
import { ancestorOfKind } from '../engine/queries/nodes';

/** One VM as an inventory line: where it runs, what it is given, what it connects to. */
export interface VmInventoryRow {
  id: NodeId;
  name: string;
  host: string;
  hypervisor: string;
  vcpus: number;
  ramMiB: number;
  /** "Prod (VLAN 10, 10.0.10.5)" per attached network. */
  networks: string[];
  /** "100 GiB thin on SAN-1" per virtual disk. */
  disks: string[];
}

/** Every VM of the design, ordered by host, hypervisor and name. */
export function vmInventory(design: Design): VmInventoryRow[] {
  const t = design.topology;
  // One pass over the connections, so a large design is not rescanned per VM.
  const from = new Map<NodeId, Relation[]>();
  for (const e of t.edges.values()) {
    const list = from.get(e.source);
    if (list) list.push(e); else from.set(e.source, [e]);
  }
  const outgoing = <R extends Relation['relation']>(id: NodeId, relation: R) =>
    (from.get(id) ?? []).filter((e): e is Extract<Relation, { relation: R }> => e.relation === relation);
  const rows = [...t.nodes.values()].flatMap((el): VmInventoryRow[] => {
    if (el.kind !== 'vm') return [];
    const networks = outgoing(el.id, 'attachedTo').map((e) => {
      const net = t.nodes.get(e.target);
      const tag = net?.kind === 'vlan' ? (net.networkType === 'vlan' ? `VLAN ${net.vlanId}` : String(net.networkType).toUpperCase()) : '';
      const details = [tag, e.props.ip].filter(Boolean).join(', ');
      return `${net?.name ?? e.target}${details ? ` (${details})` : ''}`;
    });
    const disks = outgoing(el.id, 'backedBy').map((e) => `${e.props.sizeGiB} GiB ${e.props.provisioning} on ${t.nodes.get(e.target)?.name ?? e.target}`);
    return [{
      id: el.id,
      name: el.name,
      host: ancestorOfKind(t, el.id, 'host')?.name ?? '',
      hypervisor: ancestorOfKind(t, el.id, 'hypervisor')?.name ?? '',
      vcpus: el.vcpus,
      ramMiB: el.ramMiB,
      networks,
      disks,
    }];
  });
  const by = (a: string, b: string) => a.localeCompare(b, 'en');
  return rows.sort((a, b) => by(a.host, b.host) || by(a.hypervisor, b.hypervisor) || by(a.name, b.name) || by(a.id, b.id));
}
