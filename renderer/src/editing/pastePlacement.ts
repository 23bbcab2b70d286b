import { canNestKind } from '../../../shared/engine/queries/nesting';
import type { Design, Kind, NodeId } from '../../../shared/model';
import { BOX, HEADER, PAD } from '../canvas/geometry';
import type { Clip } from './clipboard';

type Point = { x: number; y: number };
export interface Placement { into?: NodeId | null; anchor?: Point; offset: Point }
export type SizeOf = (id: NodeId, kind: Kind) => { w: number; h: number };

const GAP = 40;

/** Just below what a container already holds (where a new child does not cover anything). */
export function belowChildren(design: Design, parent: NodeId, sizeOf: SizeOf): Point {
  let bottom = HEADER;
  for (const ch of design.topology.nodes.values()) {
    if (ch.parentId !== parent) continue;
    const l = design.layout[ch.id] ?? { x: PAD, y: HEADER };
    bottom = Math.max(bottom, l.y + sizeOf(ch.id, ch.kind).h + 12);
  }
  return { x: PAD, y: bottom };
}

/**
 * Where a paste (or duplicate) lands so the copy never hides the original:
 * into the selected element when it may hold every copied top element; otherwise beside the
 * originals — to the right of them on the canvas (further right at each paste), or below the
 * other children when they sit in a container.
 */
export function pastePlacement(design: Design, clip: Clip, selection: readonly string[], sizeOf: SizeOf, step: number): Placement {
  const t = design.topology;
  const inClip = new Set(clip.nodes.map((n) => n.id));
  const roots = clip.nodes.filter((n) => !n.parentId || !inClip.has(n.parentId));
  const none = { x: 0, y: 0 };
  if (roots.length === 0) return { offset: none };
  const sel = selection.length === 1 ? t.nodes.get(selection[0] as NodeId) : undefined;
  if (sel && !inClip.has(sel.id) && roots.every((r) => canNestKind(r.kind, sel.kind).ok)) {
    return { into: sel.id, anchor: belowChildren(design, sel.id, sizeOf), offset: none };
  }
  const parents = new Set(roots.map((r) => (r.parentId && t.nodes.has(r.parentId) ? r.parentId : null)));
  if (parents.size === 1) {
    const parent = [...parents][0]!;
    if (parent) return { into: parent, anchor: belowChildren(design, parent, sizeOf), offset: none };
    const size = (r: (typeof roots)[number]) => (t.nodes.has(r.id) ? sizeOf(r.id, r.kind) : BOX[r.kind]);
    const minX = Math.min(...roots.map((r) => r.layout.x));
    const minY = Math.min(...roots.map((r) => r.layout.y));
    const maxX = Math.max(...roots.map((r) => r.layout.x + size(r).w));
    const width = maxX - minX;
    return { into: null, anchor: { x: maxX + GAP + (step - 1) * (width + GAP), y: minY }, offset: none };
  }
  return { offset: { x: 24 * step, y: 24 * step } };
}
