import type { ElementBase } from './common';

/** Desktop virtualization (VDI): user desktops are VMs in the data centre, reached by a protocol. */
export interface DesktopPool extends ElementBase<'desktopPool'> {
  protocol: 'rdp' | 'vnc' | 'ica' | 'pcoip' | 'blast';
  clients: number;
}
