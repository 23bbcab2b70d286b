import {
  Background, BackgroundVariant, Controls, MiniMap, ReactFlow, applyNodeChanges, useReactFlow,
  type Connection, type Edge, type IsValidConnection, type Node, type NodeChange, type OnSelectionChangeParams,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { relationFor } from '../../../shared/engine/queries/connection';
import type { NodeId } from '../../../shared/model';
import { PALETTE_MIME, paletteItem } from '../palette/paletteItems';
import { findingsOf, useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { dropTarget } from './dropTarget';
import { ElementNode } from './ElementNode';
import { RelationEdge } from './RelationEdge';
import { toFlow, type ElementFlowNode, type RelationFlowEdge } from './toFlow';

const nodeTypes = { element: ElementNode };
const edgeTypes = { relation: RelationEdge };
const SNAP: [number, number] = [8, 8];

/** The diagram: draws the engine's design and turns gestures into engine commands. */
export function Canvas() {
  const snapshot = useDesign((s) => s.snapshot);
  const selection = useDesign((s) => s.selection);
  const run = useDesign((s) => s.run);
  const select = useDesign((s) => s.select);
  const notify = useDesign((s) => s.notify);
  const { minimap, snapToGrid } = useUi();
  const flow = useReactFlow<ElementFlowNode, RelationFlowEdge>();
  const wrapper = useRef<HTMLDivElement>(null);

  const selected = useMemo(() => new Set(selection), [selection]);
  const projected = useMemo(
    () => (snapshot ? toFlow(snapshot.design, selected, findingsOf(snapshot)) : { nodes: [], edges: [] }),
    [snapshot, selected],
  );
  const [nodes, setNodes] = useState<ElementFlowNode[]>(projected.nodes);
  // A new engine snapshot replaces the local (mid-drag) positions: adjust state during render.
  const [shown, setShown] = useState(projected.nodes);
  if (shown !== projected.nodes) {
    setShown(projected.nodes);
    setNodes(projected.nodes);
  }

  const onNodesChange = useCallback((changes: NodeChange<ElementFlowNode>[]) => {
    // Positions move locally while dragging; the engine hears about it on drag stop.
    setNodes((ns) => applyNodeChanges(changes.filter((c) => c.type === 'position' || c.type === 'dimensions'), ns));
  }, []);

  const onSelectionChange = useCallback(({ nodes: n, edges: e }: OnSelectionChangeParams) => {
    const ids = [...n.map((x: Node) => x.id), ...e.map((x: Edge) => x.id)];
    const cur = useDesign.getState().selection;
    if (ids.length !== cur.length || ids.some((id, i) => id !== cur[i])) select(ids);
  }, [select]);

  const isValidConnection: IsValidConnection<RelationFlowEdge> = useCallback((c) => {
    const t = useDesign.getState().snapshot?.design.topology;
    return !!t && relationFor(t, c.source as NodeId, c.target as NodeId).ok;
  }, []);

  const lastPointer = useRef({ x: 0, y: 0 });
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent) => {
    if ('clientX' in event) lastPointer.current = { x: event.clientX, y: event.clientY };
  }, []);
  const onConnectStart = useCallback(() => undefined, []);
  const onConnect = useCallback((c: Connection) => {
    void run({ type: 'connect', source: c.source as NodeId, target: c.target as NodeId }, lastPointer.current);
  }, [run]);

  const onNodeDragStop = useCallback((event: MouseEvent | TouchEvent, node: ElementFlowNode, dragged: ElementFlowNode[]) => {
    const design = useDesign.getState().snapshot?.design;
    if (!design) return;
    const el = node.data.element;
    const internal = flow.getInternalNode(node.id);
    if (!internal) return;
    const abs = internal.internals.positionAbsolute;
    const w = internal.measured.width ?? 0;
    const h = internal.measured.height ?? 0;
    const center = { x: abs.x + Math.min(w / 2, 40), y: abs.y + Math.min(h / 2, 20) };
    const descendants = new Set<string>([node.id]);
    for (const n of flow.getNodes()) {
      let p = n.parentId;
      while (p) { if (p === node.id) { descendants.add(n.id); break; } p = flow.getNode(p)?.parentId; }
    }
    const target = dropTarget(flow, center, el.kind, descendants);
    const parentNow = el.parentId ?? null;
    if (dragged.length === 1 && target.parentId !== parentNow) {
      let px = abs.x;
      let py = abs.y;
      if (target.parentId) {
        const pa = flow.getInternalNode(target.parentId)!.internals.positionAbsolute;
        px = abs.x - pa.x;
        py = abs.y - pa.y;
      }
      void run({ type: 'nestNode', id: node.id as NodeId, parentId: target.parentId as NodeId | null, position: { x: Math.round(px), y: Math.round(py) } }, 'clientX' in event ? { x: event.clientX, y: event.clientY } : undefined)
        .then((ok) => { if (!ok) setNodes(projected.nodes); });
      return;
    }
    void run({ type: 'moveNodes', moves: dragged.map((n) => ({ id: n.id as NodeId, x: Math.round(n.position.x), y: Math.round(n.position.y) })) });
  }, [flow, run, projected.nodes]);

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback((e: DragEvent) => {
    const item = paletteItem(e.dataTransfer.getData(PALETTE_MIME));
    if (!item) return;
    e.preventDefault();
    const point = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const target = dropTarget(flow, point, item.kind);
    const cmd = {
      type: 'addNode' as const,
      kind: item.kind,
      parentId: target.parentId as NodeId | null,
      position: { x: target.x, y: target.y },
      ...(item.props ? { props: item.props } : {}),
    };
    void run(cmd, { x: e.clientX, y: e.clientY }).then((ok) => {
      if (ok) notify('info', `Added ${item.label}.`);
    });
  }, [flow, run, notify]);

  return (
    <div className="vl-canvas" ref={wrapper} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <ReactFlow<ElementFlowNode, RelationFlowEdge>
        nodes={nodes}
        edges={projected.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onSelectionChange={onSelectionChange}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onNodeDragStop={onNodeDragStop}
        deleteKeyCode={null}
        snapToGrid={snapToGrid}
        snapGrid={SNAP}
        minZoom={0.05}
        fitView
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <Controls showInteractive={false} />
        {minimap && <MiniMap pannable zoomable className="vl-minimap" />}
      </ReactFlow>
    </div>
  );
}
