/**
 * The closed arrow at the end of a connection, as a plain path in the edge's own coordinates.
 * React Flow's `markerEnd` draws the same arrow as an SVG marker, which Chromium paints under a
 * transform of its own per edge: with 1,600 connections that was about a quarter of the main
 * thread's and the raster's work of a wheel zoom (bench/canvasZoomProfile.ts --css
 * '.vl-edge{marker-end:none}'). This reproduces React Flow's ArrowClosed marker exactly: a
 * 14 × 14 marker (viewBox -10 -10 20 20, so 0.7 units per marker unit) in stroke widths,
 * oriented along the path at its end, whose polyline -5,-4 0,0 -5,4 -5,-4 is filled and stroked
 * one marker unit wide with round caps and joins.
 */
export const ARROW_SIZE = 14;
const UNIT = ARROW_SIZE / 20;
const POINTS: readonly (readonly [number, number])[] = [[-5, -4], [0, 0], [-5, 4], [-5, -4]];

/** The arrow at the end of an SVG path made of straight or cubic segments (what getBezierPath returns), drawn with a stroke `strokeWidth` wide. */
export function arrowHead(path: string, strokeWidth: number): { d: string; strokeWidth: number } | null {
  const n = path.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
  if (n.length < 4 || n.length % 2) return null;
  const ex = n[n.length - 2]!;
  const ey = n[n.length - 1]!;
  // The direction at the end: from the last point (control or not) that differs from it, as SVG orients markers.
  let dx = 0;
  let dy = 0;
  for (let i = n.length - 4; i >= 0 && !dx && !dy; i -= 2) {
    dx = ex - n[i]!;
    dy = ey - n[i + 1]!;
  }
  const len = Math.hypot(dx, dy);
  if (!len) return null;
  const s = UNIT * strokeWidth;
  const ux = (dx / len) * s;
  const uy = (dy / len) * s;
  const d = POINTS.map(([x, y], i) => `${i ? 'L' : 'M'}${round(ex + x * ux - y * uy)},${round(ey + x * uy + y * ux)}`).join(' ');
  return { d, strokeWidth: s };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
