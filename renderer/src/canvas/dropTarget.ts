import type { InternalNode, ReactFlowInstance } from '@xyflow/react';
import { ALLOWED_PARENTS, type Kind } from '../../../shared/model';
import type { ElementFlowNode, RelationFlowEdge } from './toFlow';

type Flow = ReactFlowInstance<ElementFlowNode, RelationFlowEdge>;

export interface DropTarget { parentId: string | null; x: number; y: number }

/**
 * Where a drop at a flow point lands: inside the deepest element under the pointer (relative to
 * it), or on the canvas. Kinds that never nest go to the canvas; the engine judges the rest and
 * explains a refusal, which is how a user learns that a VM needs a hypervisor.
 */
export function dropTarget(flow: Flow, point: { x: number; y: number }, kind: Kind, exclude: ReadonlySet<string> = new Set()): DropTarget {
  if (ALLOWED_PARENTS[kind].length === 0) return { parentId: null, x: point.x, y: point.y };
  const under = flow
    .getIntersectingNodes({ x: point.x, y: point.y, width: 1, height: 1 }, true)
    .filter((n) => !exclude.has(n.id) && n.data.container)
    .map((n) => flow.getInternalNode(n.id))
    .filter((n): n is InternalNode<ElementFlowNode> => !!n);
  if (under.length === 0) return { parentId: null, x: point.x, y: point.y };
  const depth = (n: InternalNode<ElementFlowNode>) => {
    let d = 0;
    let p = n.parentId;
    while (p) { d++; p = flow.getInternalNode(p)?.parentId; }
    return d;
  };
  const allowed = under.filter((n) => ALLOWED_PARENTS[kind].includes(n.data.element.kind));
  const pool = allowed.length ? allowed : under;
  const target = pool.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  const abs = target.internals.positionAbsolute;
  return { parentId: target.id, x: Math.round(point.x - abs.x), y: Math.round(point.y - abs.y) };
}
