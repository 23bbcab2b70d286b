import { z } from 'zod';
import { MAX_MBPS, MAX_MIB, num, PERCENT } from './kinds/common';

/** Project-wide thresholds (shared/model/settings.ts). */
export const settingsSchema = z.strictObject({
  ramHeadroomPercent: PERCENT(),
  cpuHeadroomPercent: PERCENT(),
  storageWarnPercent: PERCENT(),
  minMigrationBandwidthMbps: num(0, MAX_MBPS),
  useHypervisorRatios: z.boolean(),
  vcpuRatio: num(0.1, 64),
  ramOvercommitPercent: num(1, 1000),
  hostOsRamMiB: num(0, MAX_MIB),
  countPoweredOffVms: z.boolean(),
  countContainerLimits: z.boolean(),
});
