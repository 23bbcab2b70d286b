import type { EdgeId, NodeId } from './ids';
import type { Kind } from './kinds/common';

/**
 * Typed relations drawn as edges. *Runs on* is not here: it is nesting (parentId).
 * - uplinksTo: a host, virtual switch or storage pool wired to a physical switch (802.1Q trunk or access port)
 * - storagePath: a host reaches a storage pool over a protocol
 * - attachedTo: a virtual NIC of a VM / container / load balancer / management server on a network
 * - backedBy: a virtual disk of a VM stored in a pool
 * - manages: a management server controls a cluster, host or hypervisor
 * - balances: a load balancer fronts a VM or container
 * - memberOf: a VM is a desktop of a VDI pool
 */
export type RelationKind = 'uplinksTo' | 'storagePath' | 'attachedTo' | 'backedBy' | 'manages' | 'balances' | 'memberOf';

export interface UplinkProps { mode: 'trunk' | 'access'; vlans: number[]; speedMbps: number; mtu: number }
export interface StoragePathProps { protocol: 'fc' | 'iscsi' | 'nfs' | 'smb' | 's3' | 'local' }
export interface AttachmentProps { ip: string; mac: string }
export interface DiskProps { sizeGiB: number; writtenGiB: number; provisioning: 'thin' | 'thick' }
export type NoProps = Record<string, never>;

export interface RelationPropsByKind {
  uplinksTo: UplinkProps;
  storagePath: StoragePathProps;
  attachedTo: AttachmentProps;
  backedBy: DiskProps;
  manages: NoProps;
  balances: NoProps;
  memberOf: NoProps;
}

export type Relation = {
  [R in RelationKind]: { id: EdgeId; relation: R; source: NodeId; target: NodeId; props: RelationPropsByKind[R] };
}[RelationKind];

/** Which kinds may be the source and target of each relation. */
export const RELATION_ENDS: Record<RelationKind, { sources: readonly Kind[]; targets: readonly Kind[]; label: string }> = {
  uplinksTo: { sources: ['host', 'vswitch', 'storagePool', 'physicalSwitch'], targets: ['physicalSwitch'], label: 'uplinks to' },
  storagePath: { sources: ['host'], targets: ['storagePool'], label: 'storage path to' },
  attachedTo: { sources: ['vm', 'container', 'loadBalancer', 'managementServer', 'dom0'], targets: ['vlan'], label: 'attached to' },
  backedBy: { sources: ['vm'], targets: ['storagePool'], label: 'disk backed by' },
  manages: { sources: ['managementServer'], targets: ['cluster', 'host', 'hypervisor'], label: 'manages' },
  balances: { sources: ['loadBalancer'], targets: ['vm', 'container'], label: 'balances' },
  memberOf: { sources: ['vm'], targets: ['desktopPool'], label: 'desktop of' },
};

/** Kinds each kind may nest inside (*runs on*); an empty list means top level only. */
export const ALLOWED_PARENTS: Record<Kind, readonly Kind[]> = {
  host: ['cluster'],
  hostOs: ['host'],
  hypervisor: ['host', 'hostOs', 'vm'],
  dom0: ['hypervisor'],
  vm: ['hypervisor'],
  container: ['hostOs', 'vm'],
  vswitch: ['hypervisor', 'cluster'],
  vlan: [],
  physicalSwitch: [],
  storagePool: ['host'],
  cluster: [],
  managementServer: ['vm'],
  loadBalancer: [],
  desktopPool: ['cluster'],
};
