import { z } from 'zod';
import { KINDS } from '../model/kinds/common';

const id = z.string().min(1).max(200);
const finite = z.number().finite();
const point = z.object({ x: finite, y: finite });
const relation = z.enum(['uplinksTo', 'storagePath', 'attachedTo', 'backedBy', 'manages', 'balances', 'memberOf']);
const props = z.record(z.string(), z.unknown());

/** Zod schema of every engine command: the main process checks payloads with it. */
export const commandSchema: z.ZodType<unknown> = z.lazy(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('addNode'), kind: z.enum(KINDS), parentId: id.nullable().optional(), position: point, props: props.optional() }),
  z.object({ type: z.literal('moveNodes'), moves: z.array(z.object({ id, x: finite, y: finite, width: finite.optional(), height: finite.optional() })).max(100_000) }),
  z.object({ type: z.literal('nestNode'), id, parentId: id.nullable(), position: point }),
  z.object({ type: z.literal('connect'), source: id, target: id, relation: relation.optional(), props: props.optional() }),
  z.object({ type: z.literal('setProps'), id, props }),
  z.object({ type: z.literal('remove'), ids: z.array(id).min(1).max(100_000) }),
  z.object({ type: z.literal('duplicate'), ids: z.array(id).min(1).max(100_000), offset: point }),
  // Shape only: the engine checks the merged settings against the strict settings schema.
  z.object({ type: z.literal('setSettings'), settings: props }),
  z.object({ type: z.literal('batch'), label: z.string().max(200), commands: z.array(commandSchema).max(100_000) }),
]));
