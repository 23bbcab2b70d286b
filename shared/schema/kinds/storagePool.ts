import { z } from 'zod';
import { elementBase, MAX_GIB, num } from './common';

export const poolTypeSchema = z.enum(['san-fc', 'san-iscsi', 'nas-nfs', 'nas-smb', 'object-s3', 'object-ceph', 'local']);

/** A pool of storage backing virtual disks. */
export const storagePoolSchema = z.strictObject({
  ...elementBase('storagePool'),
  poolType: poolTypeSchema,
  capacityGiB: num(0, MAX_GIB),
  shared: z.boolean(),
  thinRatio: num(1, 100),
  method: z.enum(['host', 'network', 'array']),
});
