import { Position } from '@xyflow/react';

export interface Box { x: number; y: number; width: number; height: number }
export interface EdgeEnds { sx: number; sy: number; tx: number; ty: number; sourcePosition: Position; targetPosition: Position }

const center = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const contains = (a: Box, b: Box) => b.x >= a.x && b.y >= a.y && b.x + b.width <= a.x + a.width && b.y + b.height <= a.y + a.height;

/** Where the line from a box's centre towards a point leaves the box, and on which side. */
function exit(b: Box, toward: { x: number; y: number }): { x: number; y: number; side: Position } {
  const c = center(b);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const hw = b.width / 2;
  const hh = b.height / 2;
  if (dx === 0 && dy === 0) return { x: c.x + hw, y: c.y, side: Position.Right };
  // Scale the direction until it touches the nearer of the vertical or horizontal borders.
  const tx = dx === 0 ? Infinity : hw / Math.abs(dx);
  const ty = dy === 0 ? Infinity : hh / Math.abs(dy);
  if (tx < ty) return { x: c.x + dx * tx, y: c.y + dy * tx, side: dx > 0 ? Position.Right : Position.Left };
  return { x: c.x + dx * ty, y: c.y + dy * ty, side: dy > 0 ? Position.Bottom : Position.Top };
}

/**
 * Floating edge ends: each end sits where the line between the two boxes' centres crosses that
 * box's border, so a connection takes the short way whatever the layout. Null when one box holds
 * the other (a pool inside its host): the handles are used then.
 */
export function floatingEnds(source: Box, target: Box): EdgeEnds | null {
  if (contains(source, target) || contains(target, source)) return null;
  const s = exit(source, center(target));
  const t = exit(target, center(source));
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y, sourcePosition: s.side, targetPosition: t.side };
}
