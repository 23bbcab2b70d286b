import type { Design, Element, NodeId } from '../model';
import { BOX, CONTAINER_KINDS, HEADER, PAD } from './boxes';

export { BOX, HEADER, PAD } from './boxes';
/** Gap between elements that had no stored position and were placed by the exporter. */
const GAP = 24;


/** An element's rectangle in diagram coordinates (absolute, not relative to its parent). */
export interface Box {
  element: Element;
  parentId: NodeId | null;
  depth: number;
  container: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Placement {
  /** Parents before children, so drawing in this order puts children on top. */
  boxes: Box[];
  byId: ReadonlyMap<NodeId, Box>;
  bounds: { x: number; y: number; w: number; h: number };
}

const finite = (n: unknown, fallback: number): number => (typeof n === 'number' && Number.isFinite(n) ? n : fallback);

/** The parent an element is drawn in: null when missing, or when its parent chain loops. */
function drawnParents(design: Design): Map<NodeId, NodeId | null> {
  const nodes = design.topology.nodes;
  const out = new Map<NodeId, NodeId | null>();
  for (const el of nodes.values()) {
    const seen = new Set<NodeId>([el.id]);
    let cur = el.parentId;
    let loops = false;
    while (cur && nodes.has(cur)) {
      if (seen.has(cur)) { loops = true; break; }
      seen.add(cur);
      cur = nodes.get(cur)!.parentId;
    }
    out.set(el.id, el.parentId && nodes.has(el.parentId) && !loops ? el.parentId : null);
  }
  return out;
}

/**
 * Lays out every element from the design's layout (positions relative to the parent, sizes for
 * containers). Elements without a stored position are placed in a row below their placed
 * siblings, and a child is never drawn outside its parent: a container grows to hold it and a
 * child is kept clear of its parent's header, so nesting always reads as contained boxes.
 */
export function placeBoxes(design: Design): Placement {
  const parents = drawnParents(design);
  const children = new Map<NodeId | null, Element[]>();
  for (const el of design.topology.nodes.values()) {
    const p = parents.get(el.id) ?? null;
    const list = children.get(p);
    if (list) list.push(el); else children.set(p, [el]);
  }

  const size = new Map<NodeId, { w: number; h: number }>();
  const rel = new Map<NodeId, { x: number; y: number }>();

  // Positions children inside an area starting at (minX, minY); returns how far they reach.
  const arrange = (kids: Element[], minX: number, minY: number): { right: number; bottom: number } => {
    let right = minX;
    let bottom = minY;
    const unplaced: Element[] = [];
    for (const k of kids) {
      const stored = design.layout[k.id];
      if (!stored) { unplaced.push(k); continue; }
      const p = { x: Math.max(minX, finite(stored.x, minX)), y: Math.max(minY, finite(stored.y, minY)) };
      const s = size.get(k.id)!;
      rel.set(k.id, p);
      right = Math.max(right, p.x + s.w);
      bottom = Math.max(bottom, p.y + s.h);
    }
    let x = minX;
    const rowY = unplaced.length && bottom > minY ? bottom + GAP : minY;
    for (const k of unplaced) {
      const s = size.get(k.id)!;
      rel.set(k.id, { x, y: rowY });
      x += s.w + GAP;
      right = Math.max(right, x - GAP);
      bottom = Math.max(bottom, rowY + s.h);
    }
    return { right, bottom };
  };

  const measure = (el: Element): void => {
    const kids = children.get(el.id) ?? [];
    kids.forEach(measure);
    const stored = design.layout[el.id];
    let w = Math.max(1, finite(stored?.width, BOX[el.kind].w));
    let h = Math.max(1, finite(stored?.height, BOX[el.kind].h));
    if (kids.length) {
      // A leaf kind that holds something (a VM with a nested hypervisor) needs room for it.
      if (!CONTAINER_KINDS.has(el.kind)) { w = Math.max(w, 260); h = Math.max(h, 130); }
      const reach = arrange(kids, PAD, HEADER);
      w = Math.max(w, reach.right + PAD);
      h = Math.max(h, reach.bottom + PAD);
    }
    size.set(el.id, { w, h });
  };

  const tops = children.get(null) ?? [];
  tops.forEach(measure);
  // Top-level elements keep their stored coordinates, negative ones included.
  const minStored = (axis: 'x' | 'y') => Math.min(0, ...tops.map((t) => finite(design.layout[t.id]?.[axis], 0)));
  arrange(tops, minStored('x'), minStored('y'));

  const boxes: Box[] = [];
  const byId = new Map<NodeId, Box>();
  const emit = (el: Element, ox: number, oy: number, depth: number) => {
    const p = rel.get(el.id)!;
    const s = size.get(el.id)!;
    const kids = children.get(el.id) ?? [];
    const box: Box = {
      element: el, parentId: parents.get(el.id) ?? null, depth,
      container: CONTAINER_KINDS.has(el.kind) || kids.length > 0,
      x: ox + p.x, y: oy + p.y, w: s.w, h: s.h,
    };
    boxes.push(box);
    byId.set(el.id, box);
    for (const k of kids) emit(k, box.x, box.y, depth + 1);
  };
  for (const t of tops) emit(t, 0, 0, 0);

  const tops2 = boxes.filter((b) => b.depth === 0);
  const x0 = Math.min(...tops2.map((b) => b.x));
  const y0 = Math.min(...tops2.map((b) => b.y));
  const bounds = tops2.length
    ? { x: x0, y: y0, w: Math.max(...tops2.map((b) => b.x + b.w)) - x0, h: Math.max(...tops2.map((b) => b.y + b.h)) - y0 }
    : { x: 0, y: 0, w: 0, h: 0 };
  return { boxes, byId, bounds };
}
