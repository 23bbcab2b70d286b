import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { floatingEnds } from '../../../renderer/src/canvas/floatingEdge';

describe('floating edges', () => {
  it('leave each box on the side facing the other', () => {
    const e = floatingEnds({ x: 0, y: 0, width: 100, height: 50 }, { x: 300, y: 0, width: 100, height: 50 })!;
    expect(e).toEqual({ sx: 100, sy: 25, tx: 300, ty: 25, sourcePosition: Position.Right, targetPosition: Position.Left });
    const v = floatingEnds({ x: 0, y: 0, width: 100, height: 50 }, { x: 0, y: 400, width: 100, height: 50 })!;
    expect(v).toMatchObject({ sx: 50, sy: 50, tx: 50, ty: 400, sourcePosition: Position.Bottom, targetPosition: Position.Top });
  });

  it('cross the border on the line between centres', () => {
    const e = floatingEnds({ x: 0, y: 0, width: 100, height: 100 }, { x: 200, y: 100, width: 100, height: 100 })!;
    // Centres (50, 50) and (250, 150): the line leaves the right sides at a quarter of its run.
    expect(e).toMatchObject({ sx: 100, sy: 75, tx: 200, ty: 125, sourcePosition: Position.Right, targetPosition: Position.Left });
  });

  it('gives up when one box holds the other (handles are used)', () => {
    expect(floatingEnds({ x: 0, y: 0, width: 400, height: 300 }, { x: 20, y: 40, width: 100, height: 50 })).toBeNull();
  });
});
