import { describe, expect, it } from 'vitest';
import { spatialNext, tabNext, tabOrder, type NavRect } from '../../../renderer/src/canvas/keyboardNav';

const r = (id: string, x: number, y: number, parentId: string | null = null, width = 100, height = 50): NavRect => ({ id, parentId, x, y, width, height });

describe('keyboard navigation', () => {
  // Absolute boxes, as the canvas measures them.
  const rects = [r('host', 0, 0, null, 400, 300), r('vlan', 600, 0), r('hv', 20, 40, 'host', 300, 200), r('vm2', 200, 80, 'hv'), r('vm1', 40, 80, 'hv'), r('sw', 600, 200)];

  it('tabs in reading order, each container followed by what it holds', () => {
    expect(tabOrder(rects)).toEqual(['host', 'hv', 'vm1', 'vm2', 'vlan', 'sw']);
  });

  it('wraps and starts at the ends', () => {
    const order = ['a', 'b', 'c'];
    expect(tabNext(order, null)).toBe('a');
    expect(tabNext(order, null, true)).toBe('c');
    expect(tabNext(order, 'c')).toBe('a');
    expect(tabNext(order, 'a', true)).toBe('c');
    expect(tabNext([], null)).toBeNull();
  });

  it('arrows pick the nearest element in line in that direction', () => {
    expect(spatialNext(rects, 'vm1', 'right')).toBe('vm2');
    expect(spatialNext(rects, 'vlan', 'down')).toBe('sw');
    expect(spatialNext(rects, 'sw', 'up')).toBe('vlan');
    expect(spatialNext(rects, 'vm2', 'right')).toBe('vlan');
    expect(spatialNext(rects, 'host', 'left')).toBeNull();
    // Never to its own container or contents.
    expect(spatialNext(rects, 'vm1', 'up')).toBeNull();
    expect(spatialNext(rects, 'host', 'right')).toBe('sw');
  });
});
