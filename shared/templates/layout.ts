import type { NodeId, Topology } from '../model';
import { BOX, HEADER, PAD } from '../diagram/boxes';

/**
 * Spacing of the templates' layout: a leaf keeps its kind's box (shared with the canvas and the
 * exported diagrams); a container wraps its children in rows, under a header that holds its label.
 */
export { BOX, HEADER, PAD } from '../diagram/boxes';
export const GAP = 16;
/** A VM holding something (vCenter, containers) is drawn as a small container. */
const MIN_HOLDER = { w: 260, h: 130 };

export interface Placed { x: number; y: number; width: number; height: number }

/**
 * Positions every element: top-level ones where the template put them, nested ones in rows
 * inside their parent (relative to it, as React Flow sub-flows expect), each container sized
 * to hold its children. `columns` says how many children a container puts in a row.
 */
export function layoutTree(t: Topology, topLevel: ReadonlyMap<NodeId, { x: number; y: number }>, columns: ReadonlyMap<NodeId, number>): Map<NodeId, Placed> {
  const kids = new Map<NodeId, NodeId[]>();
  for (const n of t.nodes.values()) if (n.parentId) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n.id]);
  const size = new Map<NodeId, { w: number; h: number }>();
  const offset = new Map<NodeId, { x: number; y: number }>();

  const measure = (id: NodeId): { w: number; h: number } => {
    const node = t.nodes.get(id)!;
    const children = kids.get(id) ?? [];
    let box = BOX[node.kind];
    if (children.length > 0) {
      const min = node.kind === 'vm' || node.kind === 'managementServer' ? MIN_HOLDER : box;
      const perRow = columns.get(id) ?? Math.min(children.length, 3);
      let y = HEADER;
      let widest = 0;
      for (let i = 0; i < children.length; i += perRow) {
        let x = PAD;
        let tallest = 0;
        for (const c of children.slice(i, i + perRow)) {
          const s = measure(c);
          offset.set(c, { x, y });
          x += s.w + GAP;
          tallest = Math.max(tallest, s.h);
        }
        widest = Math.max(widest, x - GAP);
        y += tallest + GAP;
      }
      box = { w: Math.max(min.w, widest + PAD), h: Math.max(min.h, y - GAP + PAD) };
    }
    size.set(id, box);
    return box;
  };

  const out = new Map<NodeId, Placed>();
  for (const n of t.nodes.values()) {
    if (n.parentId) continue;
    const at = topLevel.get(n.id);
    if (!at) throw new Error(`Template element "${n.name}" (${n.id}) is on the canvas but has no position.`);
    measure(n.id);
    offset.set(n.id, at);
  }
  for (const n of t.nodes.values()) {
    const s = size.get(n.id)!;
    const p = offset.get(n.id)!;
    out.set(n.id, { x: p.x, y: p.y, width: s.w, height: s.h });
  }
  return out;
}
