import type { Design, NodeId } from '../model';
import { ancestorOfKind, outgoing } from '../engine/queries/nodes';

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
  const rows = Object.values(t.nodes).flatMap((el): VmInventoryRow[] => {
    if (el.kind !== 'vm') return [];
    const networks = outgoing(t, el.id, 'attachedTo').map((e) => {
      const net = t.nodes[e.target];
      const tag = net?.kind === 'vlan' ? (net.networkType === 'vlan' ? `VLAN ${net.vlanId}` : String(net.networkType).toUpperCase()) : '';
      const details = [tag, e.props.ip].filter(Boolean).join(', ');
      return `${net?.name ?? e.target}${details ? ` (${details})` : ''}`;
    });
    const disks = outgoing(t, el.id, 'backedBy').map((e) => `${e.props.sizeGiB} GiB ${e.props.provisioning} on ${t.nodes[e.target]?.name ?? e.target}`);
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
