import { z } from 'zod';
import { designSchema } from './design';
import { isPlainObject } from './repair/warnings';
import type { StoredDesign } from './storedDesign';

/**
 * The design with every object's keys in schema order (id, kind, name, … as the schemas list them),
 * so a saved file does not depend on how the engine happened to build each object, and loading
 * and re-saving gives the same bytes. Only reorders: nothing is validated, added or dropped
 * (keys the schema does not know go last). The schema is compiled once into a plain plan, so a
 * save costs a walk, not a parse.
 */
export function canonicalDesign(design: StoredDesign): StoredDesign {
  return order(planOf(designSchema), design) as StoredDesign;
}

type Plan =
  | { t: 'leaf' }
  | { t: 'object'; fields: [string, Plan][]; known: Set<string> }
  | { t: 'array'; element: Plan }
  | { t: 'record'; value: Plan }
  | { t: 'variant'; key: string; options: Map<unknown, Plan> };

const LEAF: Plan = { t: 'leaf' };
const plans = new WeakMap<z.ZodType, Plan>();

function planOf(schema: z.ZodType): Plan {
  const cached = plans.get(schema);
  if (cached) return cached;
  const plan = compile(schema);
  plans.set(schema, plan);
  return plan;
}

function compile(schema: z.ZodType): Plan {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return planOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return { t: 'array', element: planOf(schema.element as z.ZodType) };
  if (schema instanceof z.ZodRecord) return { t: 'record', value: planOf(schema.valueType as z.ZodType) };
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, f]) => [k, planOf(f)] as [string, Plan]);
    return { t: 'object', fields, known: new Set(fields.map(([k]) => k)) };
  }
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const key = schema.def.discriminator;
    const options = new Map<unknown, Plan>();
    for (const o of schema.options as z.ZodType[]) {
      const tag = o instanceof z.ZodObject ? o.shape[key] : undefined;
      if (tag instanceof z.ZodLiteral) for (const v of tag.values) options.set(v, planOf(o));
    }
    return { t: 'variant', key, options };
  }
  return LEAF;
}

function order(plan: Plan, v: unknown): unknown {
  switch (plan.t) {
    case 'leaf': return v;
    case 'array': return Array.isArray(v) ? v.map((x) => order(plan.element, x)) : v;
    case 'variant': {
      const option = isPlainObject(v) ? plan.options.get(v[plan.key]) : undefined;
      return option ? order(option, v) : v;
    }
    case 'record': {
      if (!isPlainObject(v)) return v;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) put(out, k, order(plan.value, v[k]));
      return out;
    }
    case 'object': {
      if (!isPlainObject(v)) return v;
      const out: Record<string, unknown> = {};
      for (const [k, p] of plan.fields) if (v[k] !== undefined) out[k] = order(p, v[k]);
      for (const k of Object.keys(v)) if (!plan.known.has(k)) put(out, k, v[k]);
      return out;
    }
  }
}

/** Sets an own property, even for the key "__proto__" (plain assignment would change the prototype). */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
