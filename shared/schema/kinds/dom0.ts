import { z } from 'zod';
import { elementBase, int, label, MAX_MIB } from './common';

/** Xen's control domain. */
export const dom0Schema = z.strictObject({
  ...elementBase('dom0'),
  vcpus: int(1, 4096),
  ramMiB: int(0, MAX_MIB),
  toolstack: z.enum(['xl', 'libxl', 'xapi']),
  backendDrivers: z.array(label()).max(64),
  qemuDeviceModel: z.boolean(),
});
