import { z } from 'zod';

/** A JSON value described for a warning: `"big"`, `42`, `a list`, `nothing`. */
export function describeGot(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : `a list of ${v.length}`;
  return 'an object';
}

/** A value written into a repaired file, for the end of a warning: `4096`, `"VM"`, `the default`. */
export function describeSet(v: unknown): string {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v === '' ? 'empty text' : quote(v);
  if (Array.isArray(v) && v.length === 0) return 'an empty list';
  return 'the default';
}

/** A string in double quotes, shortened to 40 characters. */
export function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);
}

/** What a schema expects, in words: `a number`, `one of "hvm", "pv", "pvh"`. */
export function describeExpected(schema: z.ZodType): string {
  if (schema instanceof z.ZodNumber) return 'a number';
  if (schema instanceof z.ZodString) return 'text';
  if (schema instanceof z.ZodBoolean) return 'true or false';
  if (schema instanceof z.ZodEnum) return oneOf(schema.options.map((o) => JSON.stringify(o)));
  if (schema instanceof z.ZodLiteral) return oneOf([...schema.values].map((o) => JSON.stringify(o)));
  if (schema instanceof z.ZodArray) return 'a list';
  if (schema instanceof z.ZodObject || schema instanceof z.ZodRecord) return 'an object';
  if (schema instanceof z.ZodNullable) return `${describeExpected(schema.unwrap() as z.ZodType)} or null`;
  if (schema instanceof z.ZodOptional) return describeExpected(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).map(describeExpected).filter((s, i, a) => a.indexOf(s) === i).join(' or ');
  if (schema instanceof z.ZodCustom) return 'an id';
  return 'a valid value';
}

function oneOf(options: string[]): string {
  if (options.length === 1) return options[0]!;
  const shown = options.length > 6 ? [...options.slice(0, 6), '…'] : options;
  return `one of ${shown.join(', ')}`;
}
