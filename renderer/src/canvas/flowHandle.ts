import type { ReactFlowInstance } from '@xyflow/react';
import type { EdgeId, NodeId } from '../../../shared/model';
import { useDesign } from '../store/designStore';
import type { ElementFlowNode, RelationFlowEdge } from './toFlow';

export type Flow = ReactFlowInstance<ElementFlowNode, RelationFlowEdge>;

/**
 * The mounted canvas's React Flow instance, so actions that run outside React (menus, shortcuts,
 * the command palette, Diagnostics) can move the viewport. Null until the canvas mounts.
 */
let current: Flow | null = null;
let canvasElement: HTMLElement | null = null;

export function registerFlow(flow: Flow | null, element: HTMLElement | null): void {
  current = flow;
  canvasElement = element;
}

export const getFlow = (): Flow | null => current;

/** The absolute box of a node on the flow plane, or null when it is not drawn. */
export function nodeRect(id: string): { x: number; y: number; width: number; height: number } | null {
  const n = current?.getInternalNode(id);
  if (!n) return null;
  const { x, y } = n.internals.positionAbsolute;
  return { x, y, width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 };
}

/** The flow point at the middle of the visible canvas (where keyboard-added elements land). */
export function viewportCenter(): { x: number; y: number } {
  if (!current || !canvasElement) return { x: 0, y: 0 };
  const r = canvasElement.getBoundingClientRect();
  return current.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}

/** Selects an element or connection and brings it into view, zooming in only when it is tiny. */
export function focusElement(id: NodeId | EdgeId | string, opts: { select?: boolean } = {}): void {
  const design = useDesign.getState().snapshot?.design;
  if (!design) return;
  if (opts.select !== false) useDesign.getState().select([id]);
  if (!current) return;
  const edge = design.topology.edges.get(id as EdgeId);
  const rects = edge ? [nodeRect(edge.source), nodeRect(edge.target)] : [nodeRect(id)];
  const boxes = rects.filter((r): r is NonNullable<typeof r> => !!r);
  if (!boxes.length) return;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  const zoom = Math.max(current.getZoom(), 0.8);
  if (canvasElement) {
    const view = canvasElement.getBoundingClientRect();
    // Too big to show at this zoom: fit it instead.
    if ((x1 - x0) * zoom > view.width * 0.9 || (y1 - y0) * zoom > view.height * 0.9) {
      void current.fitBounds({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, { padding: 0.2, duration: 250 });
      return;
    }
  }
  void current.setCenter((x0 + x1) / 2, (y0 + y1) / 2, { zoom, duration: 250 });
}

/** Pans just enough to show an element that is (partly) off screen; leaves the view alone otherwise. */
export function revealElement(id: string): void {
  const r = nodeRect(id);
  if (!current || !canvasElement || !r) return;
  const view = canvasElement.getBoundingClientRect();
  const tl = current.flowToScreenPosition({ x: r.x, y: r.y });
  const br = current.flowToScreenPosition({ x: r.x + r.width, y: r.y + r.height });
  const inside = tl.x >= view.left && tl.y >= view.top && br.x <= view.right && br.y <= view.bottom;
  if (!inside) void current.setCenter(r.x + r.width / 2, r.y + r.height / 2, { zoom: current.getZoom(), duration: 200 });
}
