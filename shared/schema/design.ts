import { z } from 'zod';
import { integrityIssues, MAX_SEQ } from './integrity';
import { edgeIdSchema, int, nodeIdSchema } from './kinds/common';
import { elementSchema } from './kinds';
import { layoutSchema } from './layout';
import { relationSchema } from './relation';
import { scenariosSchema } from './scenario';
import { settingsSchema } from './settings';
import type { StoredDesign } from './storedDesign';

/** Elements, connections, settings and the id counter. */
export const topologySchema = z.strictObject({
  nodes: z.record(nodeIdSchema, elementSchema),
  edges: z.record(edgeIdSchema, relationSchema),
  settings: settingsSchema,
  nextSeq: int(1, MAX_SEQ),
});

/** The strict schema of a whole design: every record valid and every cross-reference sound. */
export const designSchema = z.strictObject({
  topology: topologySchema,
  layout: layoutSchema,
  scenarios: scenariosSchema,
}).superRefine((d, ctx) => {
  for (const issue of integrityIssues(d as StoredDesign)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
