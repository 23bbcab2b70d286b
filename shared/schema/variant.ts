import { z } from 'zod';

const cache = new WeakMap<z.ZodDiscriminatedUnion, Map<unknown, z.ZodObject>>();

/**
 * The option of a discriminated union whose literal matches `value[discriminator]`, found by a
 * lookup table (trying each option with safeParse would build a ZodError per miss).
 */
export function variantFor(schema: z.ZodDiscriminatedUnion, value: Record<string, unknown>): z.ZodObject | undefined {
  let table = cache.get(schema);
  if (!table) {
    table = new Map();
    const key = schema.def.discriminator;
    for (const o of schema.options as z.ZodType[]) {
      if (!(o instanceof z.ZodObject)) continue;
      const tag = o.shape[key];
      if (tag instanceof z.ZodLiteral) for (const v of tag.values) table.set(v, o);
    }
    cache.set(schema, table);
  }
  return table.get(value[schema.def.discriminator]);
}
