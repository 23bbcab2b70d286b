import { describe, expect, it } from 'vitest';
import { align, distribute, type Rect } from '../../../renderer/src/layout/align';

const r = (id: string, x: number, y: number, width = 100, height = 50): Rect => ({ id, x, y, width, height });

describe('align', () => {
  const rects = [r('a', 10, 0), r('b', 50, 100, 200), r('c', 30, 200, 60)];
  it('aligns left, right and centre on the common bounds', () => {
    expect(align(rects, 'left')).toEqual([{ id: 'b', x: 10, y: 100 }, { id: 'c', x: 10, y: 200 }]);
    expect(align(rects, 'right')).toEqual([{ id: 'a', x: 150, y: 0 }, { id: 'c', x: 190, y: 200 }]);
    expect(align(rects, 'center').map((m) => m.x + (rects.find((x) => x.id === m.id)!.width / 2))).toEqual([130, 130, 130]);
  });
  it('aligns top, middle and bottom', () => {
    expect(align(rects, 'top').every((m) => m.y === 0)).toBe(true);
    expect(align(rects, 'bottom').map((m) => m.y)).toEqual([200, 200]);
    expect(align(rects, 'middle').map((m) => m.y)).toEqual([100, 100]);
  });
  it('does nothing for fewer than two', () => {
    expect(align([r('a', 0, 0)], 'left')).toEqual([]);
  });
});

describe('distribute', () => {
  it('makes gaps equal, keeping the ends', () => {
    const moves = distribute([r('a', 0, 0), r('c', 500, 0), r('b', 120, 30)], 'horizontal');
    // span 0..600, boxes 300 wide in total: gaps of 150 -> b at 250.
    expect(moves).toEqual([{ id: 'b', x: 250, y: 30 }]);
  });
  it('works vertically and needs three boxes', () => {
    expect(distribute([r('a', 0, 0), r('b', 0, 10), r('c', 0, 300)], 'vertical')).toEqual([{ id: 'b', x: 0, y: 150 }]);
    expect(distribute([r('a', 0, 0), r('b', 0, 10)], 'vertical')).toEqual([]);
  });
});
