import { z } from 'zod';
import { elementBase } from './common';

/** Central management: vCenter, Xen Orchestra, … */
export const managementServerSchema = z.strictObject({
  ...elementBase('managementServer'),
  product: z.enum(['vcenter', 'xen-orchestra', 'virt-manager', 'scvmm', 'proxmox']),
  services: z.array(z.enum(['ha', 'drs', 'backup', 'vmotion'])).max(8),
});
