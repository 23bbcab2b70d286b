import type { ElementBase } from './common';

export interface PortGroup { name: string; vlanId: number; mode: 'access' | 'trunk' }

/** A software switch inside a hypervisor (standard) or across a cluster (distributed). */
export interface VSwitch extends ElementBase<'vswitch'> {
  switchKind: 'standard' | 'distributed' | 'ovs' | 'linux-bridge';
  mtu: number;
  portGroups: PortGroup[];
}
