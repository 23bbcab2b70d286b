/** Geometry of the canvas animation: pure, in flow coordinates. */

export interface Rect { x: number; y: number; width: number; height: number }
export interface Point { x: number; y: number }

/** A cubic Bézier from the source box to the destination box, leaving and arriving horizontally. */
export interface Curve { p0: Point; c1: Point; c2: Point; p1: Point }

/** The transfer path between two boxes: out of the side facing the other box, into the near side of the other. */
export function transferCurve(from: Rect, to: Rect): Curve {
  const rightward = to.x + to.width / 2 >= from.x + from.width / 2;
  const p0 = { x: rightward ? from.x + from.width : from.x, y: from.y + from.height / 2 };
  const p1 = { x: rightward ? to.x : to.x + to.width, y: to.y + to.height / 2 };
  const pull = Math.max(40, Math.abs(p1.x - p0.x) * 0.45);
  const dir = rightward ? 1 : -1;
  return { p0, c1: { x: p0.x + dir * pull, y: p0.y }, c2: { x: p1.x - dir * pull, y: p1.y }, p1 };
}

/** Point on the curve at u in 0..1. */
export function pointAt(c: Curve, u: number): Point {
  const t = Math.min(1, Math.max(0, u));
  const a = (1 - t) ** 3;
  const b = 3 * (1 - t) ** 2 * t;
  const d = 3 * (1 - t) * t ** 2;
  const e = t ** 3;
  return { x: a * c.p0.x + b * c.c1.x + d * c.c2.x + e * c.p1.x, y: a * c.p0.y + b * c.c1.y + d * c.c2.y + e * c.p1.y };
}

/** SVG path data of the curve. */
export const pathOf = (c: Curve): string => `M ${c.p0.x} ${c.p0.y} C ${c.c1.x} ${c.c1.y}, ${c.c2.x} ${c.c2.y}, ${c.p1.x} ${c.p1.y}`;

/** Token radius: grows with the share of memory the row carries (area ∝ data), 5–16 px. */
export const tokenRadius = (rowMiB: number, memoryMiB: number): number => 5 + 11 * Math.sqrt(Math.min(1, memoryMiB > 0 ? rowMiB / memoryMiB : 0));
