import type { ReactFlowState } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { drawNodes } from '../../../renderer/src/canvas/CanvasMiniMap';

/** A node lookup as React Flow keeps it: absolute positions in internals, sizes measured or given. */
function lookup(nodes: { id: string; x: number; y: number; w?: number; h?: number; hidden?: boolean }[]): Pick<ReactFlowState, 'nodeLookup'> {
  const map = new Map(nodes.map((n) => [n.id, {
    id: n.id, position: { x: 0, y: 0 }, data: {}, hidden: n.hidden,
    measured: { width: n.w, height: n.h },
    internals: { positionAbsolute: { x: n.x, y: n.y }, z: 0, userNode: {} },
  }]));
  return { nodeLookup: map as unknown as ReactFlowState['nodeLookup'] };
}

describe('minimap drawing', () => {
  it('draws every measured, visible node as one closed sub-path and bounds them all', () => {
    const { d, bounds } = drawNodes(lookup([
      { id: 'host', x: 0, y: 0, w: 300, h: 200 },
      { id: 'vm', x: 20, y: 40, w: 100, h: 50 },
      { id: 'vlan', x: -420, y: 360, w: 160, h: 48 },
      { id: 'hidden', x: 5000, y: 5000, w: 10, h: 10, hidden: true },
      { id: 'unmeasured', x: 9000, y: 9000 },
    ]));
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.match(/z/g)).toHaveLength(3);
    expect(d.startsWith('M5,0h290a5,5 0 0 1 5,5v190')).toBe(true);
    expect(bounds).toEqual({ x: -420, y: 0, width: 720, height: 408 });
  });

  it('has nothing to draw without nodes', () => {
    expect(drawNodes(lookup([]))).toEqual({ d: '', bounds: null });
  });

  it('keeps the corner radius inside small nodes', () => {
    const { d } = drawNodes(lookup([{ id: 'tiny', x: 0, y: 0, w: 6, h: 4 }]));
    expect(d).toBe('M2,0h2a2,2 0 0 1 2,2v0a2,2 0 0 1 -2,2h-2a2,2 0 0 1 -2,-2v0a2,2 0 0 1 2,-2z');
  });
});
