import type { ElementBase } from './common';

/** An 802.1Q virtual LAN or another virtual network: one broadcast domain carried by tags. */
export interface Vlan extends ElementBase<'vlan'> {
  vlanId: number;
  subnet: string;
  gateway: string;
  mtu: number;
  networkType: 'vlan' | 'vpn' | 'vip';
  purpose: 'vm' | 'management' | 'migration' | 'storage';
  /** Link bandwidth of this network, Mbit/s (migration networks need enough of it). */
  bandwidthMbps: number;
}
