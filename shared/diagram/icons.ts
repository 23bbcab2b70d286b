import type { Kind } from '../model';

/**
 * Line icons for every kind as SVG path data on a 24×24 grid, drawn with a stroke and no fill.
 * The same shapes as the canvas's KindIcon, so an exported diagram looks like the app.
 */
export const KIND_ICON_PATHS: Record<Kind, readonly string[]> = {
  host: ['M4 3h16v6H4z', 'M4 11h16v6H4z', 'M7 6h.01', 'M7 14h.01', 'M10 20h4', 'M12 17v3'],
  hostOs: ['M3 4h18v12H3z', 'M8 20h8', 'M12 16v4', 'M7 8l3 2-3 2', 'M12 12h4'],
  hypervisor: ['M3 17h18', 'M5 13h14v4H5z', 'M7 5h4v8H7z', 'M13 5h4v8h-4z'],
  dom0: ['M12 3l8 4v5c0 5-3.5 8-8 9-4.5-1-8-4-8-9V7z', 'M9 12l2 2 4-4'],
  vm: ['M3 5h18v12H3z', 'M8 21h8', 'M7 9h10', 'M7 13h6'],
  container: ['M12 3l8 4.5v9L12 21l-8-4.5v-9z', 'M12 12l8-4.5', 'M12 12v9', 'M12 12L4 7.5'],
  vswitch: ['M4 8h13', 'M14 5l3 3-3 3', 'M20 16H7', 'M10 13l-3 3 3 3'],
  vlan: ['M4 6h16', 'M4 12h16', 'M4 18h16', 'M8 4v4', 'M16 10v4', 'M12 16v4'],
  physicalSwitch: ['M3 8h18v8H3z', 'M6 12h.01', 'M9 12h.01', 'M12 12h.01', 'M15 12h.01', 'M18 12h.01'],
  storagePool: ['M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z', 'M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6', 'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3'],
  cluster: ['M3 3h7v7H3z', 'M14 3h7v7h-7z', 'M3 14h7v7H3z', 'M14 14h7v7h-7z'],
  managementServer: ['M12 8a4 4 0 100 8 4 4 0 000-8z', 'M12 2v3', 'M12 19v3', 'M2 12h3', 'M19 12h3', 'M4.9 4.9l2.1 2.1', 'M17 17l2.1 2.1', 'M4.9 19.1L7 17', 'M17 7l2.1-2.1'],
  loadBalancer: ['M12 3v6', 'M12 9l-7 6', 'M12 9l7 6', 'M12 9v6', 'M3 15h4v5H3z', 'M10 15h4v5h-4z', 'M17 15h4v5h-4z'],
  desktopPool: ['M2 4h9v7H2z', 'M13 4h9v7h-9z', 'M2 14h9v7H2z', 'M13 14h9v7h-9z'],
};
