import { RELATION_ENDS, type EdgeId, type Element, type NodeId, type Relation, type RelationKind } from '../../model';
import { RELATION_DEFAULTS } from '../../engine/commands/relationDefaults';
import { kindLabel } from '../../engine/queries/nesting';
import { RELATION_KINDS, RELATION_SCHEMAS } from '../relation';
import { describeGot } from './describe';
import { claimedId, type IdAllocator, type RawEntry } from './ids';
import { repairValue } from './repairValue';
import { at, isPlainObject, type Warnings } from './warnings';

const isRelation = (r: unknown): r is RelationKind => typeof r === 'string' && (RELATION_KINDS as readonly string[]).includes(r);

/**
 * Mends each connection on its own: drops dangling ones (an end is missing), ones the kinds at its
 * ends do not allow, and unknown relations; repairs its props against the relation's schema.
 */
export function restoreEdges(entries: readonly RawEntry[], nodes: Readonly<Record<NodeId, Element>>, ids: IdAllocator, w: Warnings): Record<EdgeId, Relation> {
  const edges: Record<string, Relation> = {};
  for (const e of entries) {
    const where = e.key === undefined ? at('edges', e.index) : at('edges', e.key, true);
    const v = e.value;
    if (!isPlainObject(v)) { w.add(where, `expected a connection, got ${describeGot(v)} — dropped`); continue; }
    if (!isRelation(v.relation)) { w.add(where, `unknown relation ${describeGot(v.relation)} — dropped`); continue; }
    const ends = RELATION_ENDS[v.relation];
    const source = endOf(v.source, nodes);
    const target = endOf(v.target, nodes);
    if (!source || !target) {
      const [name, value] = !source ? ['source', v.source] : ['target', v.target];
      w.add(where, `its ${name} ${describeGot(value)} is not an element of this design — dropped`);
      continue;
    }
    if (source === target) { w.add(where, 'connects an element to itself — dropped'); continue; }
    if (!ends.sources.includes(source.kind) || !ends.targets.includes(target.kind)) {
      w.add(where, `a ${kindLabel(source.kind)} cannot be ${ends.label} a ${kindLabel(target.kind)} — dropped`);
      continue;
    }
    const wanted = claimedId(e);
    let id = ids.claim(wanted);
    if (id === undefined) {
      id = ids.fresh('edge');
      const why = typeof wanted === 'string' && ids.has(wanted) ? `id "${wanted}" is already used` : `id ${describeGot(wanted)} is not valid`;
      w.add(where, `${why} — this connection is now "${id}"`);
    } else if (e.key !== undefined && v.id !== e.key) {
      w.add(where, v.id === undefined ? `its id is missing — using its key "${e.key}"` : `its id ${describeGot(v.id)} differs from its key — using "${e.key}"`);
    }
    const fallback = { id, relation: v.relation, source: source.id, target: target.id, props: RELATION_DEFAULTS[v.relation] };
    const r = repairValue(RELATION_SCHEMAS[v.relation], { ...v, id }, fallback, at('edges', id, true), w);
    if (r.ok) edges[id] = r.value as Relation;
  }
  return edges as Record<EdgeId, Relation>;
}

function endOf(id: unknown, nodes: Readonly<Record<NodeId, Element>>): Element | undefined {
  return typeof id === 'string' && Object.hasOwn(nodes, id) ? nodes[id as NodeId] : undefined;
}
