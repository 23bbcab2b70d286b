import type { Kind } from '../model';

/**
 * The one table of box sizes: the canvas, the templates' layout and the exported diagrams all
 * draw each kind at this size, and containers grow to fit their children.
 */
export const BOX: Record<Kind, { w: number; h: number }> = {
  cluster: { w: 520, h: 320 },
  host: { w: 420, h: 260 },
  hostOs: { w: 360, h: 190 },
  hypervisor: { w: 340, h: 170 },
  dom0: { w: 160, h: 52 },
  vm: { w: 170, h: 52 },
  container: { w: 150, h: 48 },
  vswitch: { w: 160, h: 52 },
  vlan: { w: 170, h: 52 },
  physicalSwitch: { w: 190, h: 52 },
  storagePool: { w: 180, h: 56 },
  managementServer: { w: 190, h: 52 },
  loadBalancer: { w: 180, h: 52 },
  desktopPool: { w: 200, h: 60 },
};

/** Space between a container's border and its children; the header holds the label. */
export const PAD = 16;
export const HEADER = 40;

/** Kinds always drawn as boxes that hold others; a VM becomes one when something runs in it. */
export const CONTAINER_KINDS: ReadonlySet<Kind> = new Set(['cluster', 'host', 'hostOs', 'hypervisor']);
export const isContainerKind = (k: Kind): boolean => CONTAINER_KINDS.has(k);
