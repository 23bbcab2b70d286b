import { z } from 'zod';

/** The latest project file format this build writes. Only grows; each step has a migration. */
export const FORMAT_VERSION = 1;
export const PROJECT_KIND = 'virtlab-project';

/** The outer shape of a `*.virtlab.json` file, checked before anything inside it. */
export const envelopeSchema = z.object({
  kind: z.literal(PROJECT_KIND),
  formatVersion: z.number().int().positive(),
  app: z.object({ name: z.string(), version: z.string() }).partial().optional(),
  topology: z.unknown(),
  layout: z.unknown().optional(),
  scenarios: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;
