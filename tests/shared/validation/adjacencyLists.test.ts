import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdjacencyLists } from '../../../shared/engine/validation/adjacencyLists';
import type { Element, Relation } from '../../../shared/model';

// Minimal stand-ins: the lists read only ids, parents, ends and relations.
const node = (id: string, parentId?: string) => ({ id, kind: 'vm', parentId }) as unknown as Element;
const edge = (id: string, source: string, target: string) => ({ id, relation: 'attachedTo', source, target }) as unknown as Relation;

describe('AdjacencyLists', () => {
  it('equal plain filters of the records along random additions and removals (ids referred to before they exist, removed and added again)', () => {
    const id = fc.integer({ min: 0, max: 11 }).map((i) => `n-${i}`);
    const op = fc.oneof(
      fc.record({ t: fc.constant('node' as const), id, parent: fc.option(id, { nil: undefined }) }),
      fc.record({ t: fc.constant('edge' as const), id: fc.integer({ min: 0, max: 15 }).map((i) => `e-${i}`), source: id, target: id }),
    );
    fc.assert(fc.property(fc.array(fc.tuple(op, fc.boolean()), { maxLength: 80 }), fc.integer({ min: 0, max: 20 }), (ops, room) => {
      const lists = new AdjacencyLists(room, room);
      // Record order as the lists see it: what is in the lists, in the order it went in.
      const nodes = new Map<string, Element>();
      const edges = new Map<string, Relation>();
      for (const [o, remove] of ops) {
        if (o.t === 'node') {
          const old = nodes.get(o.id);
          if (old) { lists.removeNode(old); nodes.delete(o.id); }
          if (!remove) { const n = node(o.id, o.parent); lists.addNode(n); nodes.set(o.id, n); }
        } else {
          const old = edges.get(o.id);
          if (old) { lists.removeEdge(old); edges.delete(o.id); }
          if (!remove) { const e = edge(o.id, o.source, o.target); lists.addEdge(e); edges.set(o.id, e); }
        }
      }
      for (let i = 0; i < 12; i++) {
        const x = `n-${i}`;
        expect(lists.children(x)).toEqual([...nodes.values()].filter((n) => n.parentId === x));
        expect(lists.out(x)).toEqual([...edges.values()].filter((e) => e.source === x));
        expect(lists.in(x)).toEqual([...edges.values()].filter((e) => e.target === x));
      }
    }));
  });
});
