import { useCallback } from 'react';
import { canNest } from '../../../shared/engine/queries/nesting';
import type { NodeId } from '../../../shared/model';
import { useDesign } from '../store/designStore';
import { useDropHint } from './dropHint';
import { dropTarget } from './dropTarget';
import type { Flow } from './flowHandle';
import { HEADER, PAD } from './geometry';
import type { ElementFlowNode } from './toFlow';

type Point = { x: number; y: number };

/** Ids of a node and everything nested in it (a node cannot be dropped into itself). */
function selfAndDescendants(flow: Flow, id: string): Set<string> {
  const out = new Set<string>([id]);
  for (const n of flow.getNodes()) {
    let p = n.parentId;
    while (p) {
      if (p === id) { out.add(n.id); break; }
      p = flow.getNode(p)?.parentId;
    }
  }
  return out;
}

/** Where the dragged node would land: its grab point (top-left corner region) decides the container. */
function landing(flow: Flow, node: ElementFlowNode) {
  const internal = flow.getInternalNode(node.id);
  if (!internal) return null;
  const abs = internal.internals.positionAbsolute;
  const w = internal.measured.width ?? 0;
  const h = internal.measured.height ?? 0;
  const probe = { x: abs.x + Math.min(w / 2, 40), y: abs.y + Math.min(h / 2, 20) };
  return { abs, target: dropTarget(flow, probe, node.data.element.kind, selfAndDescendants(flow, node.id)) };
}

/**
 * Drag to move, drag onto a container to nest, drag out to un-nest. While dragging, the container
 * that would receive the node is outlined green (accepted) or red (refused, by the engine's canNest);
 * on release the engine decides, and a refusal is explained at the cursor.
 */
export function useDragGestures(flow: Flow, resync: () => void) {
  const onNodeDrag = useCallback((_e: unknown, node: ElementFlowNode, dragged: ElementFlowNode[]) => {
    const t = useDesign.getState().snapshot?.design.topology;
    const l = dragged.length === 1 ? landing(flow, node) : null;
    if (!t || !l || l.target.parentId === (node.data.element.parentId ?? null) || !l.target.parentId) {
      useDropHint.getState().show(null);
      return;
    }
    useDropHint.getState().show(l.target.parentId, canNest(t, node.id as NodeId, l.target.parentId as NodeId).ok);
  }, [flow]);

  const onNodeDragStop = useCallback((event: MouseEvent | TouchEvent, node: ElementFlowNode, dragged: ElementFlowNode[]) => {
    useDropHint.getState().show(null);
    const { snapshot, run } = useDesign.getState();
    if (!snapshot) return;
    const at: Point | undefined = 'clientX' in event ? { x: event.clientX, y: event.clientY } : undefined;
    const l = landing(flow, node);
    const parentNow = node.data.element.parentId ?? null;
    if (l && dragged.length === 1 && l.target.parentId !== parentNow) {
      let { x, y } = l.abs;
      if (l.target.parentId) {
        const pa = flow.getInternalNode(l.target.parentId)!.internals.positionAbsolute;
        x = Math.max(PAD, x - pa.x);
        y = Math.max(HEADER, y - pa.y);
      }
      void run({ type: 'nestNode', id: node.id as NodeId, parentId: l.target.parentId as NodeId | null, position: { x: Math.round(x), y: Math.round(y) } }, at)
        .then((ok) => { if (!ok) resync(); });
      return;
    }
    // Inside a container, keep children clear of its header and left edge so the box grows to fit.
    const moves = dragged.map((n) => {
      const nested = !!snapshot.design.topology.nodes.get(n.id as NodeId)?.parentId;
      return {
        id: n.id as NodeId,
        x: Math.round(nested ? Math.max(PAD, n.position.x) : n.position.x),
        y: Math.round(nested ? Math.max(HEADER, n.position.y) : n.position.y),
      };
    });
    const layout = snapshot.design.layout;
    if (moves.every((m) => layout[m.id]?.x === m.x && layout[m.id]?.y === m.y)) return;
    void run({ type: 'moveNodes', moves }).then((ok) => { if (!ok) resync(); });
  }, [flow, resync]);

  return { onNodeDrag, onNodeDragStop };
}
