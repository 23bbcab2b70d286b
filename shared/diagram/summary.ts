import { KINDS, type Design, type Kind, type RelationKind } from '../model';

/** Counts of a design, for a title line or a CLI summary. */
export interface DesignSummary {
  elements: number;
  byKind: Partial<Record<Kind, number>>;
  connections: number;
  byRelation: Partial<Record<RelationKind, number>>;
  hosts: number;
  hypervisors: number;
  vms: number;
  /** VLANs and virtual networks (VPN, VIP). */
  networks: number;
  scenarios: number;
}

const PLURAL: Record<Kind, [string, string]> = {
  host: ['physical host', 'physical hosts'], hostOs: ['host OS', 'host OSes'], hypervisor: ['hypervisor', 'hypervisors'],
  dom0: ['Xen Dom0', 'Xen Dom0s'], vm: ['VM', 'VMs'], container: ['container', 'containers'],
  vswitch: ['virtual switch', 'virtual switches'], vlan: ['network', 'networks'], physicalSwitch: ['physical switch', 'physical switches'],
  storagePool: ['storage pool', 'storage pools'], cluster: ['cluster', 'clusters'], managementServer: ['management server', 'management servers'],
  loadBalancer: ['load balancer', 'load balancers'], desktopPool: ['desktop pool', 'desktop pools'],
};

/** "3 VMs", "1 VM": a count with the kind's name, singular or plural. */
export const countOf = (kind: Kind, n: number): string => `${n} ${PLURAL[kind][n === 1 ? 0 : 1]}`;

/** Counts elements per kind and connections per relation. */
export function summarizeDesign(design: Design): DesignSummary {
  const byKind: Partial<Record<Kind, number>> = {};
  const byRelation: Partial<Record<RelationKind, number>> = {};
  const { nodes, edges } = design.topology;
  for (const n of nodes.values()) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
  for (const e of edges.values()) byRelation[e.relation] = (byRelation[e.relation] ?? 0) + 1;
  // Report kinds in palette order, whatever order the file listed them in.
  const ordered: Partial<Record<Kind, number>> = {};
  for (const k of KINDS) if (byKind[k]) ordered[k] = byKind[k];
  return {
    elements: nodes.size,
    byKind: ordered,
    connections: edges.size,
    byRelation,
    hosts: byKind.host ?? 0,
    hypervisors: byKind.hypervisor ?? 0,
    vms: byKind.vm ?? 0,
    networks: byKind.vlan ?? 0,
    scenarios: design.scenarios.length,
  };
}

/** "2 physical hosts · 8 VMs · 2 networks", in palette order. */
export function countsLine(summary: DesignSummary): string {
  return (Object.entries(summary.byKind) as [Kind, number][]).map(([k, n]) => countOf(k, n)).join(' · ');
}
