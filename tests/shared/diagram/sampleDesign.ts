// A small but complete design built through the engine's own commands, shared by the export tests.
import type { Command } from '../../../shared/engine/commands/types';
import { designOf } from '../builders/designOf';
import type { Design, NodeId } from '../../../shared/model';

/** Applies commands in order; throws with the engine's reason if one is refused. */
export const build = designOf;

const id = (s: string) => s as NodeId;
const add = (kind: Command & { type: 'addNode' } extends infer A ? (A extends { kind: infer K } ? K : never) : never, x: number, y: number, parentId: string | null, props: Record<string, unknown>): Command =>
  ({ type: 'addNode', kind, parentId: parentId ? id(parentId) : null, position: { x, y }, props });
const link = (source: string, target: string, props?: Record<string, unknown>): Command => ({ type: 'connect', source: id(source), target: id(target), ...(props ? { props } : {}) });

/**
 * Cluster > 2 hosts > ESXi > VMs, a VLAN pair, a top-of-rack switch, a SAN and a vCenter VM.
 * Ids are deterministic: cluster-1, host-2, hypervisor-3, vm-4, vm-5, host-6, hypervisor-7, vm-8,
 * vlan-9, vlan-10, physicalSwitch-11, storagePool-12, then edges edge-13…
 */
export function sampleDesign(): Design {
  return build(
    add('cluster', 40, 40, null, { name: 'Prod cluster' }),
    add('host', 16, 40, 'cluster-1', { name: 'esx-01', ramGiB: 512 }),
    add('hypervisor', 16, 40, 'host-2', { name: 'ESXi 8 (esx-01)', family: 'esxi' }),
    add('vm', 16, 40, 'hypervisor-3', { name: 'web-1', vcpus: 4, ramMiB: 8192 }),
    add('vm', 200, 40, 'hypervisor-3', { name: 'db-1', vcpus: 8, ramMiB: 32768 }),
    add('host', 460, 40, 'cluster-1', { name: 'esx-02' }),
    add('hypervisor', 16, 40, 'host-6', { name: 'ESXi 8 (esx-02)', family: 'esxi' }),
    add('vm', 16, 40, 'hypervisor-7', { name: 'vcenter', vcpus: 4, ramMiB: 16384 }),
    add('vlan', 40, 420, null, { name: 'Prod', vlanId: 10, subnet: '10.0.10.0/24' }),
    add('vlan', 260, 420, null, { name: 'Mgmt', vlanId: 20, subnet: '10.0.20.0/24', gateway: '10.0.20.1', purpose: 'management' }),
    add('physicalSwitch', 480, 420, null, { name: 'tor-1', trunkVlans: [10, 20] }),
    add('storagePool', 720, 420, null, { name: 'SAN-1', poolType: 'san-iscsi' }),
    link('vm-4', 'vlan-9', { ip: '10.0.10.11' }),
    link('vm-5', 'vlan-9', { ip: '10.0.10.12' }),
    link('vm-8', 'vlan-10', { ip: '10.0.20.5' }),
    link('host-2', 'physicalSwitch-11', { vlans: [10, 20] }),
    link('host-6', 'physicalSwitch-11', { vlans: [10, 20] }),
    link('host-2', 'storagePool-12', { protocol: 'iscsi' }),
    link('host-6', 'storagePool-12', { protocol: 'iscsi' }),
    link('vm-4', 'storagePool-12', { sizeGiB: 60 }),
    link('vm-5', 'storagePool-12', { sizeGiB: 200, provisioning: 'thick' }),
    link('vm-5', 'storagePool-12', { sizeGiB: 500 }),
  );
}
