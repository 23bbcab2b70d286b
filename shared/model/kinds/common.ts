import type { NodeId } from '../ids';

/** Every element kind the palette offers (DOMAIN.md §1). */
export const KINDS = [
  'host', 'hostOs', 'hypervisor', 'dom0', 'vm', 'container', 'vswitch', 'vlan',
  'physicalSwitch', 'storagePool', 'cluster', 'managementServer', 'loadBalancer', 'desktopPool',
] as const;
export type Kind = (typeof KINDS)[number];

/** Fields every element has. `parentId` is the *runs on* relation: nesting on the canvas. */
export interface ElementBase<K extends Kind> {
  id: NodeId;
  kind: K;
  name: string;
  parentId: NodeId | null;
  notes?: string;
}
