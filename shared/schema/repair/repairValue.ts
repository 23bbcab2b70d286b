import { z } from 'zod';
import { variantFor } from '../variant';
import { describeExpected, describeGot, describeSet } from './describe';
import { at, isPlainObject, type Warnings } from './warnings';

/** Marks "no fallback": a value that cannot be repaired fails, and the caller drops its record. */
export const NO_FALLBACK: unique symbol = Symbol('no fallback');
type Fallback = unknown;

export type Repaired = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Repairs `raw` against a strict schema, field by field, the Excalidraw way: what is valid is kept,
 * numbers out of range are clamped, overlong text is cut, wrong or missing values take the fallback,
 * unknown properties are dropped, bad list items are dropped. Every change is one warning.
 * Without a fallback, an unrepairable value fails and the caller decides what to drop.
 */
export function repairValue(schema: z.ZodType, raw: unknown, fallback: Fallback, path: string, w: Warnings): Repaired {
  const direct = schema.safeParse(raw);
  if (direct.success) return { ok: true, value: direct.data };
  if (schema instanceof z.ZodOptional) {
    if (raw === undefined) return { ok: true, value: undefined };
    const inner = repairValue(schema.unwrap() as z.ZodType, raw, fallback, path, w);
    if (inner.ok) return inner;
    w.add(path, `${inner.reason} — removed`);
    return { ok: true, value: undefined };
  }
  if (schema instanceof z.ZodNullable && raw !== null) {
    const inner = repairValue(schema.unwrap() as z.ZodType, raw, NO_FALLBACK, path, w);
    if (inner.ok) return inner;
  }
  if (raw === undefined) return useFallback(schema, raw, fallback, path, w);
  if (schema instanceof z.ZodNumber && typeof raw === 'number') return clamp(schema, raw, fallback, path, w);
  if (schema instanceof z.ZodString && typeof raw === 'string') return cut(schema, raw, fallback, path, w);
  if (schema instanceof z.ZodObject && isPlainObject(raw)) return checked(schema, repairObject(schema, raw, fallback, path, w), raw, fallback, path, w);
  if (schema instanceof z.ZodArray && Array.isArray(raw)) return repairArray(schema, raw, fallback, path, w);
  if (schema instanceof z.ZodRecord && isPlainObject(raw)) return checked(schema, repairRecord(schema, raw, path, w), raw, fallback, path, w);
  if (schema instanceof z.ZodDiscriminatedUnion && isPlainObject(raw)) return repairVariant(schema, raw, fallback, path, w);
  return useFallback(schema, raw, fallback, path, w);
}

function useFallback(schema: z.ZodType, raw: unknown, fallback: Fallback, path: string, w: Warnings): Repaired {
  const reason = raw === undefined ? 'missing' : `expected ${describeExpected(schema)}, got ${describeGot(raw)}`;
  if (fallback === NO_FALLBACK) return { ok: false, reason };
  w.add(path, `${reason} — ${raw === undefined ? 'set' : 'reset'} to ${describeSet(fallback)}`);
  return { ok: true, value: cloneJson(fallback) };
}

/** A repaired composite that still fails (a length or cross-field check) falls back whole. */
function checked(schema: z.ZodType, r: Repaired, raw: unknown, fallback: Fallback, path: string, w: Warnings): Repaired {
  if (!r.ok) return fallback === NO_FALLBACK ? r : useFallback(schema, raw, fallback, path, w);
  const again = schema.safeParse(r.value);
  return again.success ? { ok: true, value: again.data } : useFallback(schema, raw, fallback, path, w);
}

function clamp(schema: z.ZodNumber, raw: number, fallback: Fallback, path: string, w: Warnings): Repaired {
  if (Number.isNaN(raw)) return useFallback(schema, raw, fallback, path, w);
  const min = schema.minValue ?? -Number.MAX_VALUE;
  const max = schema.maxValue ?? Number.MAX_VALUE;
  const clamped = Math.min(max, Math.max(min, raw));
  const v = schema.isInt ? Math.min(Math.floor(max), Math.max(Math.ceil(min), Math.round(clamped))) : clamped;
  if (!schema.safeParse(v).success) return useFallback(schema, raw, fallback, path, w);
  const what = clamped !== raw ? `is out of range (${min} to ${max}) — clamped` : 'is not a whole number — rounded';
  w.add(path, `${raw} ${what} to ${v}`);
  return { ok: true, value: v };
}

function cut(schema: z.ZodString, raw: string, fallback: Fallback, path: string, w: Warnings): Repaired {
  const max = schema.maxLength;
  if (max === null || raw.length <= max) return useFallback(schema, raw, fallback, path, w);
  const v = raw.slice(0, max);
  if (!schema.safeParse(v).success) return useFallback(schema, raw, fallback, path, w);
  w.add(path, `text of ${raw.length} characters is too long — cut to ${max}`);
  return { ok: true, value: v };
}

function repairObject(schema: z.ZodObject, raw: Record<string, unknown>, fallback: Fallback, path: string, w: Warnings): Repaired {
  const out: Record<string, unknown> = {};
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const [key, field] of Object.entries(shape)) {
    const fb = isPlainObject(fallback) && Object.hasOwn(fallback, key) ? fallback[key] : NO_FALLBACK;
    const r = repairValue(field, Object.hasOwn(raw, key) ? raw[key] : undefined, fb, at(path, key), w);
    if (!r.ok) return { ok: false, reason: `"${key}" ${r.reason}` };
    if (r.value !== undefined) out[key] = r.value;
  }
  const unknown = Object.keys(raw).filter((k) => !Object.hasOwn(shape, k));
  if (unknown.length) w.add(path, `unknown ${unknown.length === 1 ? 'property' : 'properties'} ${unknown.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${unknown.length > 5 ? ', …' : ''} — dropped`);
  return { ok: true, value: out };
}

function repairArray(schema: z.ZodArray, raw: unknown[], fallback: Fallback, path: string, w: Warnings): Repaired {
  const element = schema.element as z.ZodType;
  // Objects in a list are mended from the first default item; plain values that are wrong are dropped.
  const itemFallback = Array.isArray(fallback) && isPlainObject(fallback[0]) ? fallback[0] : NO_FALLBACK;
  const max = schema.def.checks?.map((c) => (c._zod.def as { check: string; maximum?: number })).find((c) => c.check === 'max_length')?.maximum;
  let items = raw;
  if (max !== undefined && raw.length > max) {
    w.add(path, `${raw.length} items is too many — kept the first ${max}`);
    items = raw.slice(0, max);
  }
  const out: unknown[] = [];
  items.forEach((item, i) => {
    const r = repairValue(element, item, isPlainObject(item) ? itemFallback : NO_FALLBACK, at(path, i), w);
    if (r.ok) out.push(r.value);
    else w.add(at(path, i), `${r.reason} — dropped`);
  });
  return checked(schema, { ok: true, value: out }, raw, fallback, path, w);
}

function repairRecord(schema: z.ZodRecord, raw: Record<string, unknown>, path: string, w: Warnings): Repaired {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '__proto__' || !(schema.keyType as z.ZodType).safeParse(key).success) {
      w.add(at(path, key, true), 'not a valid key — dropped');
      continue;
    }
    const r = repairValue(schema.valueType as z.ZodType, value, NO_FALLBACK, at(path, key, true), w);
    if (r.ok) out[key] = r.value;
    else w.add(at(path, key, true), `${r.reason} — dropped`);
  }
  return { ok: true, value: out };
}

function repairVariant(schema: z.ZodDiscriminatedUnion, raw: Record<string, unknown>, fallback: Fallback, path: string, w: Warnings): Repaired {
  const key = schema.def.discriminator;
  const option = variantFor(schema, raw);
  if (!option) {
    const reason = `unknown ${key} ${describeGot(raw[key])}`;
    if (fallback === NO_FALLBACK) return { ok: false, reason };
    w.add(path, `${reason} — reset to ${describeSet(fallback)}`);
    return { ok: true, value: cloneJson(fallback) };
  }
  const sameVariant = isPlainObject(fallback) && fallback[key] === raw[key];
  const r = repairValue(option, raw, sameVariant ? fallback : NO_FALLBACK, path, w);
  return r.ok || fallback === NO_FALLBACK ? r : useFallback(schema, raw, fallback, path, w);
}

/** A deep copy of plain JSON data (defaults must never be shared with a repaired design). */
export function cloneJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
