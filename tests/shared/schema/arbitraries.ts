import fc from 'fast-check';
import { z } from 'zod';
import { ALLOWED_PARENTS, KINDS, RELATION_ENDS, type Design, type Element, type Relation } from '../../../shared/model';
import { isId } from '../../../shared/schema/kinds/common';
import { ELEMENT_SCHEMAS } from '../../../shared/schema/kinds';
import { nodeLayoutSchema } from '../../../shared/schema/layout';
import { RELATION_KINDS, RELATION_SCHEMAS } from '../../../shared/schema/relation';
import { scenarioSchema } from '../../../shared/schema/scenario';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { settingsSchema } from '../../../shared/schema/settings';

type Check = { check: string; minimum?: number; maximum?: number; length?: number };
const checksOf = (s: z.ZodType): Check[] => (s.def as { checks?: { _zod: { def: Check } }[] }).checks?.map((c) => c._zod.def) ?? [];

/** Any value the strict schema accepts (within small sizes), derived from the schema itself. */
export function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodNumber) {
    const min = Math.max(schema.minValue ?? -1e6, -1e9);
    const max = Math.min(schema.maxValue ?? 1e6, 1e9);
    const ints = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    // -0 does not survive JSON (it reads back as 0), so it is not a value a file can hold.
    return schema.isInt ? ints : fc.oneof(ints, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v)));
  }
  if (schema instanceof z.ZodString) return fc.string({ unit: 'binary', maxLength: Math.min(12, Math.floor((schema.maxLength ?? 24) / 2)) });
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...(schema.options as string[]));
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...([...schema.values] as (string | number)[]));
  if (schema instanceof z.ZodOptional) return arbitraryOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodNullable) return fc.option(arbitraryOf(schema.unwrap() as z.ZodType), { nil: null });
  if (schema instanceof z.ZodCustom) return fc.string({ minLength: 1, maxLength: 12 }).filter(isId);
  if (schema instanceof z.ZodUnion) return fc.oneof(...(schema.options as z.ZodType[]).map(arbitraryOf));
  if (schema instanceof z.ZodArray) {
    const c = checksOf(schema);
    const exact = c.find((x) => x.check === 'length_equals')?.length;
    const max = Math.min(c.find((x) => x.check === 'max_length')?.maximum ?? 4, 4);
    return fc.array(arbitraryOf(schema.element as z.ZodType), exact !== undefined ? { minLength: exact, maxLength: exact } : { maxLength: max });
  }
  if (schema instanceof z.ZodRecord) {
    if (schema.valueType instanceof z.ZodNever) return fc.constant({});
    const key = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== '__proto__');
    return fc.dictionary(key, arbitraryOf(schema.valueType as z.ZodType), { maxKeys: 3 });
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const parts = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryOf(v)]));
    const requiredKeys = Object.entries(shape).filter(([, v]) => !(v instanceof z.ZodOptional)).map(([k]) => k);
    return fc.record(parts, { requiredKeys });
  }
  throw new Error(`no arbitrary for ${schema.def.type}`);
}

const elementArb = fc.constantFrom(...KINDS).chain((kind) => arbitraryOf(ELEMENT_SCHEMAS[kind]) as fc.Arbitrary<Element>);
const relationArb = fc.constantFrom(...RELATION_KINDS).chain((r) => arbitraryOf(RELATION_SCHEMAS[r]) as fc.Arbitrary<Relation>);

/**
 * Any valid design: random elements of every kind nested only where allowed (parents come first,
 * so there are no loops), connections only between kinds that allow them, a place for every element.
 */
export const designArb: fc.Arbitrary<Design> = fc.record({
  nodes: fc.array(fc.tuple(elementArb, fc.nat(), nodeLayoutArb()), { maxLength: 20 }),
  edges: fc.array(fc.tuple(relationArb, fc.nat(), fc.nat()), { maxLength: 16 }),
  settings: fc.oneof(fc.constant(DEFAULT_SETTINGS), arbitraryOf(settingsSchema)),
  scenarios: fc.array(arbitraryOf(scenarioSchema), { maxLength: 2 }),
  spareSeq: fc.nat({ max: 1000 }),
}).map(({ nodes, edges, settings, scenarios, spareSeq }) => {
  const els: Element[] = [];
  const layout: Record<string, unknown> = {};
  nodes.forEach(([el, pick, place], i) => {
    const id = `${el.kind}-${i + 1}`;
    const parents = els.filter((p) => ALLOWED_PARENTS[el.kind].includes(p.kind));
    const parent = pick % (parents.length + 1) === 0 ? null : parents[pick % parents.length]!.id;
    els.push({ ...el, id, parentId: parent } as Element);
    layout[id] = place;
  });
  const rels: Relation[] = [];
  edges.forEach(([e, s, t], i) => {
    const ends = RELATION_ENDS[e.relation];
    const sources = els.filter((n) => ends.sources.includes(n.kind));
    const targets = els.filter((n) => ends.targets.includes(n.kind));
    const source = sources[s % Math.max(1, sources.length)];
    const target = targets[t % Math.max(1, targets.length)];
    if (!source || !target || source.id === target.id) return;
    rels.push({ ...e, id: `edge-${nodes.length + i + 1}`, source: source.id, target: target.id } as Relation);
  });
  return {
    topology: {
      nodes: new Map(els.map((n) => [n.id, n])),
      edges: new Map(rels.map((e) => [e.id, e])),
      settings,
      nextSeq: nodes.length + edges.length + 1 + spareSeq,
    },
    layout,
    scenarios,
  } as unknown as Design;
});

function nodeLayoutArb() {
  return arbitraryOf(nodeLayoutSchema);
}
