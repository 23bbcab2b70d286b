import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeBoxes } from '../../../shared/diagram/geometry';
import { emptyDesign } from '../../../shared/engine/design';
import type { Design, Element, NodeId, NodeLayout } from '../../../shared/model';

// Arbitrary trees of elements with arbitrary (even hostile) stored positions and sizes.
const node = fc.record({
  parent: fc.nat(),
  hasParent: fc.boolean(),
  layout: fc.option(fc.record({ x: fc.integer({ min: -500, max: 800 }), y: fc.integer({ min: -500, max: 800 }), width: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }), height: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }) }), { nil: undefined }),
});

function designOf(specs: { parent: number; hasParent: boolean; layout: NodeLayout | undefined }[]): Design {
  const d = emptyDesign();
  const nodes = new Map<NodeId, Element>();
  const layout: Record<string, NodeLayout> = {};
  specs.forEach((s, i) => {
    const id = `n${i}` as NodeId;
    // Parents may point forward or back, so cycles and self-parents are generated too.
    const parentId = s.hasParent ? (`n${s.parent % specs.length}` as NodeId) : null;
    nodes.set(id, { id, kind: i % 3 === 0 ? 'host' : 'vm', name: id, parentId } as unknown as Element);
    if (s.layout) layout[id] = s.layout;
  });
  return { ...d, topology: { ...d.topology, nodes }, layout };
}

describe('placeBoxes', () => {
  it('always draws a child strictly inside its drawn parent, and draws every element once', () => {
    fc.assert(fc.property(fc.array(node, { minLength: 1, maxLength: 25 }), (specs) => {
      const d = designOf(specs);
      const { boxes, byId } = placeBoxes(d);
      expect(boxes).toHaveLength(specs.length);
      for (const b of boxes) {
        expect(b.w).toBeGreaterThan(0);
        if (!b.parentId) continue;
        const p = byId.get(b.parentId)!;
        expect(b.x).toBeGreaterThan(p.x);
        expect(b.y).toBeGreaterThan(p.y);
        expect(b.x + b.w).toBeLessThan(p.x + p.w);
        expect(b.y + b.h).toBeLessThan(p.y + p.h);
        expect(boxes.indexOf(p)).toBeLessThan(boxes.indexOf(b));
      }
    }));
  });

  it('keeps stored top-level coordinates and container sizes that are big enough', () => {
    const d = designOf([{ parent: 0, hasParent: false, layout: { x: 300, y: -40, width: 900, height: 700 } }]);
    const b = placeBoxes(d).boxes[0]!;
    expect([b.x, b.y, b.w, b.h]).toEqual([300, -40, 900, 700]);
  });
});
