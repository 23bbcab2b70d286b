import { z } from 'zod';
import { elementBase, label, mtu, vlanTag } from './common';

export const portGroupSchema = z.strictObject({ name: label(), vlanId: vlanTag(), mode: z.enum(['access', 'trunk']) });

/** A software switch in a hypervisor or across a cluster. */
export const vswitchSchema = z.strictObject({
  ...elementBase('vswitch'),
  switchKind: z.enum(['standard', 'distributed', 'ovs', 'linux-bridge']),
  mtu: mtu(),
  portGroups: z.array(portGroupSchema).max(4096),
});
