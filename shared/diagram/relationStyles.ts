import type { RelationKind } from '../model';
import type { ThemeName } from './theme';

/** How one relation kind is drawn, in every exporter that can style edges. */
export interface RelationStyle {
  /** What the legend calls it. */
  label: string;
  color: Record<ThemeName, string>;
  width: number;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
}

/** Edge styles per relation: solid for physical wiring, dashed for logical links, dotted for disks. */
export const RELATION_STYLES: Record<RelationKind, RelationStyle> = {
  uplinksTo: { label: 'Uplink (NIC / 802.1Q trunk)', color: { light: '#1e40af', dark: '#93c5fd' }, width: 2.5, dash: '' },
  storagePath: { label: 'Storage path (FC, iSCSI, NFS…)', color: { light: '#b45309', dark: '#fbbf24' }, width: 2, dash: '8 4' },
  backedBy: { label: 'Virtual disk in pool', color: { light: '#92400e', dark: '#fcd34d' }, width: 1.5, dash: '2 4' },
  attachedTo: { label: 'VLAN membership (vNIC)', color: { light: '#15803d', dark: '#86efac' }, width: 1.5, dash: '6 3' },
  manages: { label: 'Management', color: { light: '#be185d', dark: '#f9a8d4' }, width: 1.5, dash: '10 3 2 3' },
  balances: { label: 'Load balancing', color: { light: '#0369a1', dark: '#7dd3fc' }, width: 1.75, dash: '' },
  memberOf: { label: 'Desktop of VDI pool', color: { light: '#4d7c0f', dark: '#bef264' }, width: 1.25, dash: '1 3' },
};

/** Relation kinds in the order legends list them. */
export const RELATION_ORDER: readonly RelationKind[] = ['uplinksTo', 'storagePath', 'backedBy', 'attachedTo', 'manages', 'balances', 'memberOf'];
