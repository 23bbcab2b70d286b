import type { ElementBase } from './common';

/** A physical switch or router linking host NICs and storage networks. */
export interface PhysicalSwitch extends ElementBase<'physicalSwitch'> {
  ports: number;
  speedMbps: number;
  trunkVlans: number[];
  mtu: number;
  router: boolean;
}
