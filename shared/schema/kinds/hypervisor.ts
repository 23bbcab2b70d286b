import { z } from 'zod';
import { HYPERVISOR_FAMILIES, type HypervisorFamily } from '../../model';
import { elementBase, int, label, MAX_MIB, num, PERCENT } from './common';

export const hypervisorFamilySchema = z.enum(Object.keys(HYPERVISOR_FAMILIES) as [HypervisorFamily, ...HypervisorFamily[]]);
export const virtualizationModeSchema = z.enum(['full-bt', 'para', 'hw-assisted', 'hybrid']);

/** The virtualization layer (Type 1 on hardware, Type 2 on a host OS). */
export const hypervisorSchema = z.strictObject({
  ...elementBase('hypervisor'),
  family: hypervisorFamilySchema,
  hypervisorType: z.union([z.literal(1), z.literal(2)]),
  version: label(),
  modes: z.array(virtualizationModeSchema).max(8),
  overheadRamMiB: int(0, MAX_MIB),
  overheadCpuPercent: PERCENT(),
  vcpuRatio: num(0.1, 64),
  ramOvercommitPercent: num(1, 1000),
  nested: z.boolean(),
});
