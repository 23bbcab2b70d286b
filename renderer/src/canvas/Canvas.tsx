import {
  Background, BackgroundVariant, Controls, ReactFlow, SelectionMode, applyNodeChanges, useReactFlow,
  type EdgeChange, type NodeChange, type OnMoveEnd, type OnMoveStart,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import { useContextMenu } from '../contextMenu/contextMenuStore';
import { Legend } from '../legend/Legend';
import { SearchBox } from '../search/SearchBox';
import { findingsOf, useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { CanvasMiniMap } from './CanvasMiniMap';
import { ElementNode } from './ElementNode';
import { registerFlow } from './flowHandle';
import { RelationEdge } from './RelationEdge';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { toFlow, type ElementFlowNode, type RelationFlowEdge } from './toFlow';
import { useCanvasKeys } from './useCanvasKeys';
import { useConnectGestures } from './useConnectGestures';
import { useDragGestures } from './useDragGestures';
import { useReconnect } from './useReconnect';
import { usePaletteDrop } from './usePaletteDrop';
import './canvas.css';
import { useHeldDetailLevel } from './useHeldDetailLevel';

const nodeTypes = { element: ElementNode };
const edgeTypes = { relation: RelationEdge };
const SNAP: [number, number] = [8, 8];
const PAN_BUTTONS = [1];
const FIT = { padding: 0.15, maxZoom: 1 };

/** Applies React Flow's select/deselect changes to the store's selection (the one source of truth). */
function applySelectionChanges(changes: readonly (NodeChange<ElementFlowNode> | EdgeChange<RelationFlowEdge>)[]) {
  const sel = changes.filter((c): c is Extract<typeof c, { type: 'select' }> => c.type === 'select');
  if (sel.length === 0) return;
  const { selection, select } = useDesign.getState();
  const next = new Set(selection);
  for (const c of sel) {
    if (c.selected) next.add(c.id); else next.delete(c.id);
  }
  select([...next]);
}

/**
 * While the view is dragged, the viewport is its own compositor layer (`will-change: transform`):
 * the drawing is rastered once and each frame of the pan moves it, instead of repainting and
 * rastering every node and edge again (bench/canvas.ts: pan at 2,000 elements). The hint goes a
 * moment after the pan ends. Only for drags: the zoom keeps no layer, as one rastered at a fixed
 * scale costs more to keep up during a wheel zoom than the plain repaint (measured too).
 */
const KEEP_LAYER_MS = 200;
function usePanLayer(wrapper: RefObject<HTMLDivElement | null>): { onMoveStart: OnMoveStart; onMoveEnd: OnMoveEnd } {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(() => {
    const layer = (on: boolean) => {
      const v = wrapper.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (v) v.style.willChange = on ? 'transform' : '';
    };
    return {
      onMoveStart: (event) => {
        if (!event || event.type === 'wheel') return;
        clearTimeout(timer.current);
        layer(true);
      },
      onMoveEnd: () => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => layer(false), KEEP_LAYER_MS);
      },
    };
  }, [wrapper]);
}

/** The diagram: draws the engine's design and turns gestures into engine commands. */
export function Canvas() {
  const snapshot = useDesign((s) => s.snapshot);
  const selection = useDesign((s) => s.selection);
  const { minimap, snapToGrid, theme } = useUi();
  const flow = useReactFlow<ElementFlowNode, RelationFlowEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const detail = useHeldDetailLevel(wrapper);

  useEffect(() => {
    registerFlow(flow, wrapper.current);
    return () => registerFlow(null, null);
  }, [flow]);

  // A design that replaced the previous one (open, new, template) is shown whole.
  const shownIds = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const ids = [...(snapshot?.design.topology.nodes.keys() ?? [])];
    const prev = shownIds.current;
    const replaced = ids.length > 0 && !ids.some((id) => prev.has(id)) && (prev.size > 0 || ids.length > 1);
    shownIds.current = new Set(ids);
    if (replaced) requestAnimationFrame(() => void flow.fitView(FIT));
  }, [snapshot, flow]);

  const selected = useMemo(() => new Set(selection), [selection]);
  const projected = useMemo(
    () => (snapshot ? toFlow(snapshot.design, selected, findingsOf(snapshot)) : { nodes: [], edges: [] }),
    [snapshot, selected],
  );
  // Each connection draws its own arrow (arrowHead.ts), not a React Flow marker.
  const edges = projected.edges;
  const [nodes, setNodes] = useState<ElementFlowNode[]>(projected.nodes);
  // A new engine snapshot replaces the local (mid-drag) positions: adjust state during render.
  const [shown, setShown] = useState(projected.nodes);
  if (shown !== projected.nodes) {
    setShown(projected.nodes);
    setNodes(projected.nodes);
  }
  const resync = useCallback(() => setNodes(projected.nodes), [projected.nodes]);

  const onNodesChange = useCallback((changes: NodeChange<ElementFlowNode>[]) => {
    applySelectionChanges(changes);
    // Positions move locally while dragging; the engine hears about it on drag stop.
    setNodes((ns) => applyNodeChanges(changes.filter((c) => c.type === 'position' || c.type === 'dimensions'), ns));
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<RelationFlowEdge>[]) => applySelectionChanges(changes), []);

  const connect = useConnectGestures();
  // Dragging a connection's end to another element; it also keeps the connect gesture out of it.
  const reconnect = useReconnect(connect);
  const drag = useDragGestures(flow, resync);
  const drop = usePaletteDrop(flow);
  const onKeyDown = useCanvasKeys(flow);
  const panLayer = usePanLayer(wrapper);

  const openMenu = useContextMenu((s) => s.open);
  const onNodeContextMenu = useCallback((e: ReactMouseEvent, node: ElementFlowNode) => {
    e.preventDefault();
    const { selection: sel, select } = useDesign.getState();
    if (!sel.includes(node.id)) select([node.id]);
    openMenu({ x: e.clientX, y: e.clientY, target: sel.includes(node.id) && sel.length > 1 ? { type: 'selection' } : { type: 'node', id: node.id } });
  }, [openMenu]);
  const onEdgeContextMenu = useCallback((e: ReactMouseEvent, edge: RelationFlowEdge) => {
    e.preventDefault();
    useDesign.getState().select([edge.id]);
    openMenu({ x: e.clientX, y: e.clientY, target: { type: 'edge', id: edge.id } });
  }, [openMenu]);
  const onSelectionContextMenu = useCallback((e: ReactMouseEvent) => {
    e.preventDefault();
    openMenu({ x: e.clientX, y: e.clientY, target: { type: 'selection' } });
  }, [openMenu]);
  const onPaneContextMenu = useCallback((e: ReactMouseEvent | MouseEvent) => {
    e.preventDefault();
    openMenu({ x: e.clientX, y: e.clientY, target: { type: 'pane', flow: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }) } });
  }, [openMenu, flow]);
  const onPaneClick = useCallback(() => useDesign.getState().select([]), []);

  return (
    <div
      className="vl-canvas"
      data-detail={detail}
      ref={wrapper}
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
      onDrop={drop.onDrop}
      onKeyDown={onKeyDown}
      tabIndex={0}
      aria-label="Design canvas. Tab or arrow keys select elements; Shift+F10 opens the context menu."
      data-testid="canvas"
    >
      <ReactFlow<ElementFlowNode, RelationFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={connect.onConnect}
        onConnectEnd={reconnect.onConnectEnd}
        isValidConnection={reconnect.isValidConnection}
        onReconnectStart={reconnect.onReconnectStart}
        onReconnect={reconnect.onReconnect}
        onReconnectEnd={reconnect.onReconnectEnd}
        onNodeDrag={drag.onNodeDrag}
        onNodeDragStop={drag.onNodeDragStop}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onSelectionContextMenu={onSelectionContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onPaneClick={onPaneClick}
        onMoveStart={panLayer.onMoveStart}
        onMoveEnd={panLayer.onMoveEnd}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Control', 'Meta', 'Shift']}
        selectionOnDrag
        selectionMode={SelectionMode.Full}
        panOnDrag={PAN_BUTTONS}
        panActivationKeyCode="Space"
        nodesFocusable={false}
        edgesFocusable={false}
        disableKeyboardA11y
        snapToGrid={snapToGrid}
        snapGrid={SNAP}
        minZoom={0.05}
        colorMode={theme}
        fitView
        fitViewOptions={FIT}
        proOptions={{ hideAttribution: true }}
      >
        {/* Far out the 16-unit dot grid is a sub-3-pixel grey texture, redrawn on every frame of a pan (detailLevel.ts). */}
        {detail !== 'outline' && <Background variant={BackgroundVariant.Dots} gap={16} size={1} />}
        <Controls showInteractive={false} />
        {minimap && <CanvasMiniMap className="vl-minimap" />}
        <Legend />
      </ReactFlow>
      <SearchBox />
      <SelectionAnnouncer />
    </div>
  );
}
