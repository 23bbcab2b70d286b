import { z } from 'zod';
import { elementBase, label } from './common';

export const kernelFamilySchema = z.enum(['linux', 'windows', 'macos', 'bsd']);

/** An operating system installed directly on a host. */
export const hostOsSchema = z.strictObject({
  ...elementBase('hostOs'),
  osName: label(),
  version: label(),
  kernel: kernelFamilySchema,
});
