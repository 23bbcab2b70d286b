export interface NavRect { id: string; parentId: string | null; x: number; y: number; width: number; height: number }
export type Direction = 'left' | 'right' | 'up' | 'down';

/** Reading order for Tab: top-level elements by row then column, each followed by what it holds. */
export function tabOrder(rects: readonly NavRect[]): string[] {
  const byParent = new Map<string | null, NavRect[]>();
  const ids = new Set(rects.map((r) => r.id));
  for (const r of rects) {
    const p = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    byParent.set(p, [...(byParent.get(p) ?? []), r]);
  }
  const out: string[] = [];
  const visit = (p: string | null) => {
    const kids = [...(byParent.get(p) ?? [])].sort((a, b) => Math.round(a.y / 24) - Math.round(b.y / 24) || a.x - b.x || a.id.localeCompare(b.id));
    for (const k of kids) {
      out.push(k.id);
      visit(k.id);
    }
  };
  visit(null);
  return out;
}

/** The next id in Tab order (wrapping), or the first when nothing is selected. */
export function tabNext(order: readonly string[], current: string | null, backwards = false): string | null {
  if (order.length === 0) return null;
  const i = current ? order.indexOf(current) : -1;
  if (i < 0) return backwards ? order[order.length - 1]! : order[0]!;
  return order[(i + (backwards ? -1 : 1) + order.length) % order.length]!;
}

/**
 * The nearest element in a direction from the current one (absolute boxes), preferring elements
 * in line with it: distance along the direction plus twice the sideways offset. The element's own
 * containers and contents are skipped (Tab walks into and out of them).
 */
export function spatialNext(rects: readonly NavRect[], current: string, dir: Direction): string | null {
  const from = rects.find((r) => r.id === current);
  if (!from) return null;
  const parentOf = new Map(rects.map((r) => [r.id, r.parentId]));
  const chainHas = (id: string, other: string) => {
    for (let p = parentOf.get(id) ?? null, n = 0; p && n < 64; p = parentOf.get(p) ?? null, n++) if (p === other) return true;
    return false;
  };
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: { id: string; score: number } | null = null;
  for (const r of rects) {
    if (r.id === current || chainHas(current, r.id) || chainHas(r.id, current)) continue;
    const dx = r.x + r.width / 2 - cx;
    const dy = r.y + r.height / 2 - cy;
    const along = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
    const side = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    // Within a cone around the direction (about ±63°), so "up" never jumps far sideways.
    if (along <= 1 || side > 2 * along) continue;
    const score = along + 2 * side;
    if (!best || score < best.score) best = { id: r.id, score };
  }
  return best?.id ?? null;
}
