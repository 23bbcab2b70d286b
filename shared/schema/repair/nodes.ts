import { DEFAULT_PROPS, KINDS, type Element, type Kind, type NodeId } from '../../model';
import { ELEMENT_SCHEMAS } from '../kinds';
import { describeGot } from './describe';
import { claimedId, type IdAllocator, type RawEntry } from './ids';
import { repairValue } from './repairValue';
import { at, isPlainObject, type Warnings } from './warnings';

const isKind = (k: unknown): k is Kind => typeof k === 'string' && (KINDS as readonly string[]).includes(k);

/**
 * Mends each element on its own: drops what is not an element or of an unknown kind, gives
 * duplicate or invalid ids a fresh one, and repairs every property against its kind's schema
 * (defaults for what is missing or wrong). Nesting is checked afterwards, across elements.
 */
export function restoreNodes(entries: readonly RawEntry[], ids: IdAllocator, w: Warnings): Record<NodeId, Element> {
  const nodes: Record<string, Element> = {};
  for (const e of entries) {
    const where = e.key === undefined ? at('nodes', e.index) : at('nodes', e.key, true);
    const v = e.value;
    if (!isPlainObject(v)) { w.add(where, `expected an element, got ${describeGot(v)} — dropped`); continue; }
    if (!isKind(v.kind)) { w.add(where, `unknown kind ${describeGot(v.kind)} — dropped`); continue; }
    const wanted = claimedId(e);
    let id = ids.claim(wanted);
    if (id === undefined) {
      id = ids.fresh(v.kind);
      const why = typeof wanted === 'string' && ids.has(wanted) ? `id "${wanted}" is already used` : `id ${describeGot(wanted)} is not valid`;
      w.add(where, `${why} — this element is now "${id}"`);
    } else if (e.key !== undefined && v.id !== e.key) {
      w.add(where, v.id === undefined ? `its id is missing — using its key "${e.key}"` : `its id ${describeGot(v.id)} differs from its key — using "${e.key}"`);
    }
    const fallback = { ...DEFAULT_PROPS[v.kind], id, kind: v.kind, parentId: null };
    const r = repairValue(ELEMENT_SCHEMAS[v.kind], { ...v, id }, fallback, at('nodes', id, true), w);
    // With a full fallback an element always repairs; the guard keeps the types honest.
    if (r.ok) nodes[id] = r.value as Element;
  }
  return nodes as Record<NodeId, Element>;
}
