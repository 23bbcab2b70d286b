import { z } from 'zod';
import { scenarioSchema } from '../schema/scenario';

const positive = (max: number) => z.number().positive().max(max);
const nonNegative = (max: number) => z.number().min(0).max(max);

/** Request of `migrationRun`: the MigrationParams of shared/engine/sim/migration/params.ts, range-checked. */
export const migrationRequestSchema = z.object({
  memoryMiB: positive(16 * 1024 * 1024),
  dirtyRateMiBs: nonNegative(1_000_000),
  bandwidthMiBs: positive(1_000_000),
  wwsMiB: nonNegative(16 * 1024 * 1024).optional(),
  mode: z.enum(['precopy', 'postcopy', 'hybrid', 'cold']).optional(),
  policy: z.enum(['threshold', 'xen-legacy', 'xen-v2', 'qemu']).optional(),
  pageKiB: positive(1024 * 1024).optional(),
  resumeMs: nonNegative(3_600_000).optional(),
  thresholdMiB: nonNegative(16 * 1024 * 1024).optional(),
  maxRounds: z.number().int().min(1).max(1_000_000).optional(),
  downtimeLimitMs: nonNegative(3_600_000).optional(),
  maxBandwidthMiBs: positive(1_000_000).optional(),
  autoConverge: z.boolean().optional(),
  postcopyAfterSyncs: z.number().int().min(1).max(1_000_000).optional(),
  timeoutSPerGiB: nonNegative(1_000_000).optional(),
  timeoutAction: z.enum(['abort', 'force-complete']).optional(),
  skipRedirtied: z.boolean().optional(),
  touchedMiB: nonNegative(16 * 1024 * 1024).optional(),
  deviceStateMiB: nonNegative(1024 * 1024).optional(),
  rttMs: nonNegative(60_000).optional(),
  prepaging: z.boolean().optional(),
  touchRateMiBs: nonNegative(1_000_000).optional(),
  diskMiB: nonNegative(1024 * 1024 * 1024).optional(),
  pageLevel: z.boolean().optional(),
  seed: z.number().int().optional(),
}).strict();

/** Request of `simRun`: one of the design's scenarios by name (default: the first), or a scenario given inline. */
export const simRunRequestSchema = z.object({
  scenario: z.union([z.string().min(1).max(200), scenarioSchema]).optional(),
  seed: z.number().int().optional(),
  untilS: z.number().min(0).optional(),
}).strict();
