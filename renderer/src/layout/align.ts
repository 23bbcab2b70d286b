/** A node's box in its parent's coordinates. */
export interface Rect { id: string; x: number; y: number; width: number; height: number }
export type AlignMode = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
export interface Move { id: string; x: number; y: number }

/** Aligns boxes on one edge or centre line of their common bounds. Boxes already there are left out. */
export function align(rects: readonly Rect[], mode: AlignMode): Move[] {
  if (rects.length < 2) return [];
  const left = Math.min(...rects.map((r) => r.x));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const top = Math.min(...rects.map((r) => r.y));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  const moves = rects.map((r): Move => {
    switch (mode) {
      case 'left': return { id: r.id, x: left, y: r.y };
      case 'right': return { id: r.id, x: right - r.width, y: r.y };
      case 'center': return { id: r.id, x: Math.round((left + right) / 2 - r.width / 2), y: r.y };
      case 'top': return { id: r.id, x: r.x, y: top };
      case 'bottom': return { id: r.id, x: r.x, y: bottom - r.height };
      case 'middle': return { id: r.id, x: r.x, y: Math.round((top + bottom) / 2 - r.height / 2) };
    }
  });
  return moves.filter((m, i) => m.x !== rects[i]!.x || m.y !== rects[i]!.y);
}

/**
 * Spreads three or more boxes so the gaps between them are equal, keeping the first and last in
 * place (ordered along the axis), as design tools do.
 */
export function distribute(rects: readonly Rect[], axis: 'horizontal' | 'vertical'): Move[] {
  if (rects.length < 3) return [];
  const h = axis === 'horizontal';
  const pos = (r: Rect) => (h ? r.x : r.y);
  const len = (r: Rect) => (h ? r.width : r.height);
  const sorted = [...rects].sort((a, b) => pos(a) - pos(b) || a.id.localeCompare(b.id));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = pos(last) + len(last) - pos(first);
  const total = sorted.reduce((s, r) => s + len(r), 0);
  const gap = (span - total) / (sorted.length - 1);
  const moves: Move[] = [];
  let cursor = pos(first) + len(first) + gap;
  for (const r of sorted.slice(1, -1)) {
    const at = Math.round(cursor);
    if (at !== pos(r)) moves.push(h ? { id: r.id, x: at, y: r.y } : { id: r.id, x: r.x, y: at });
    cursor += len(r) + gap;
  }
  return moves;
}
