import { z } from 'zod';
import { elementBase, label, MAX_MIB, num } from './common';
import { kernelFamilySchema } from './hostOs';

/** OS-level virtualization. */
export const containerSchema = z.strictObject({
  ...elementBase('container'),
  image: label(),
  kernel: kernelFamilySchema,
  cpuLimit: num(0, 4096),
  ramLimitMiB: num(0, MAX_MIB),
  namespaces: z.array(label()).max(32),
});
