import { z } from 'zod';
import { edgeIdSchema, label, MAX_MIB, nodeIdSchema, num, PERCENT } from './kinds/common';

/*
 * Mirrors shared/model/scenario.ts (owned by the simulation engineer). The type test in
 * tests/shared/schema/types.test.ts fails to compile when the two drift apart.
 */

/** About 31 years of simulated time: longer is a damaged file, not a scenario. */
export const MAX_SIM_SECONDS = 1_000_000_000;

export const migrationModeSchema = z.enum(['precopy', 'postcopy', 'hybrid', 'cold']);
export const stopPolicySchema = z.enum(['threshold', 'xen-legacy', 'xen-v2', 'qemu']);

const at = () => num(0, MAX_SIM_SECONDS);

/** One timed action, discriminated by `type`. */
export const SCENARIO_ACTION_SCHEMAS = {
  migrate: z.strictObject({
    at: at(), type: z.literal('migrate'), vm: nodeIdSchema, to: nodeIdSchema, mode: migrationModeSchema,
    policy: stopPolicySchema.optional(),
    options: z.record(z.string().max(100), z.union([z.number(), z.boolean()])).optional(),
  }),
  failHost: z.strictObject({ at: at(), type: z.literal('failHost'), host: nodeIdSchema }),
  cutLink: z.strictObject({ at: at(), type: z.literal('cutLink'), link: z.union([nodeIdSchema, edgeIdSchema]) }),
  setWorkload: z.strictObject({
    at: at(), type: z.literal('setWorkload'), vm: nodeIdSchema,
    workload: z.strictObject({
      cpuPercent: PERCENT().optional(),
      dirtyRateMiBs: num(0, 1_000_000).optional(),
      wwsMiB: num(0, MAX_MIB).optional(),
      trace: z.array(PERCENT()).max(100_000).optional(),
    }),
  }),
  powerHost: z.strictObject({ at: at(), type: z.literal('powerHost'), host: nodeIdSchema, on: z.boolean() }),
  lifecycle: z.strictObject({
    at: at(), type: z.literal('lifecycle'), vm: nodeIdSchema,
    action: z.enum(['start', 'suspend', 'resume', 'snapshot', 'stop', 'terminate']),
  }),
} as const;

export const scenarioActionSchema = z.discriminatedUnion('type', [
  SCENARIO_ACTION_SCHEMAS.migrate, SCENARIO_ACTION_SCHEMAS.failHost, SCENARIO_ACTION_SCHEMAS.cutLink,
  SCENARIO_ACTION_SCHEMAS.setWorkload, SCENARIO_ACTION_SCHEMAS.powerHost, SCENARIO_ACTION_SCHEMAS.lifecycle,
]);

/** A named, seeded list of timed actions. */
export const scenarioSchema = z.strictObject({
  name: label(),
  seed: z.number().int(),
  durationS: num(0, MAX_SIM_SECONDS),
  actions: z.array(scenarioActionSchema).max(100_000),
});

export const MAX_SCENARIOS = 1000;
export const scenariosSchema = z.array(scenarioSchema).max(MAX_SCENARIOS);
