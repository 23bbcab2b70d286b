import { describe, expect, it } from 'vitest';
import { ARROW_SIZE, arrowHead } from '../../../renderer/src/canvas/arrowHead';

const points = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('arrow at the end of a connection (React Flow\'s ArrowClosed marker as a path)', () => {
  it('puts the tip on the end and the base behind it, along a curve arriving from the left', () => {
    // getBezierPath's shape: M source C control control target
    const a = arrowHead('M0,50 C40,50 60,50 100,50', 2)!;
    const u = (ARROW_SIZE / 20) * 2; // marker units per user unit at stroke width 2
    expect(points(a.d)).toEqual([[100 - 5 * u, 50 - 4 * u], [100, 50], [100 - 5 * u, 50 + 4 * u], [100 - 5 * u, 50 - 4 * u]]);
    expect(a.strokeWidth).toBeCloseTo(u);
  });

  it('turns with the direction of the last control point, not the chord', () => {
    // Arrives going straight down (control point above the end) although the source is to the left.
    const a = arrowHead('M0,0 C50,0 100,0 100,100', 1)!;
    const [b1, tip, b2] = points(a.d);
    expect(tip).toEqual([100, 100]);
    const u = ARROW_SIZE / 20;
    expect(b1![1]).toBeCloseTo(100 - 5 * u);
    expect(b2![1]).toBeCloseTo(100 - 5 * u);
    expect(Math.abs(b1![0]! - b2![0]!)).toBeCloseTo(8 * u);
  });

  it('grows with the stroke (a selected connection is drawn thicker) and reads numbers in any notation', () => {
    const thin = arrowHead('M0,0 L10,0', 1.5)!;
    const thick = arrowHead('M0,0 L10,0', 3)!;
    expect(thick.strokeWidth).toBeCloseTo(2 * thin.strokeWidth);
    expect(points(arrowHead('M-1e1,0 C-5,0 -.5,0 0,0', 1)!.d)[1]).toEqual([0, 0]);
  });

  it('skips control points that sit on the end, and draws nothing for a path without length', () => {
    // The last control point sits on the end: orient by the one before, straight above it (the arrow points down).
    const a = arrowHead('M0,0 C100,-50 100,0 100,0', 1)!;
    const [b1, , b2] = points(a.d);
    expect(b1![1]).toBeLessThan(0);
    expect(b2![1]).toBeLessThan(0);
    expect(b1![0]! + b2![0]!).toBeCloseTo(200);
    expect(arrowHead('M5,5 C5,5 5,5 5,5', 1)).toBeNull();
    expect(arrowHead('', 1)).toBeNull();
  });
});
