import { z } from 'zod';
import { address, elementBase, MAX_MBPS, mtu, num, vlanTag } from './common';

/** An 802.1Q VLAN or another virtual network (VPN, VIP). */
export const vlanSchema = z.strictObject({
  ...elementBase('vlan'),
  vlanId: vlanTag(),
  subnet: address(),
  gateway: address(),
  mtu: mtu(),
  networkType: z.enum(['vlan', 'vpn', 'vip']),
  purpose: z.enum(['vm', 'management', 'migration', 'storage']),
  bandwidthMbps: num(0, MAX_MBPS),
});
