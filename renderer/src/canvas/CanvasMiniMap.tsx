import { Panel, useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';

const WIDTH = 200;
const HEIGHT = 150;
/** Margin around the drawn area, in minimap pixels (React Flow's offsetScale). */
const OFFSET = 5;
/** Corner radius of a node, in flow units (React Flow's nodeBorderRadius). */
const RADIUS = 5;

interface Rect { x: number; y: number; width: number; height: number }

const n1 = (v: number) => Math.round(v * 10) / 10;
/** One rounded rectangle as a closed sub-path. */
function roundedRect(x: number, y: number, w: number, h: number): string {
  const r = Math.min(RADIUS, w / 2, h / 2);
  return `M${n1(x + r)},${n1(y)}h${n1(w - 2 * r)}a${r},${r} 0 0 1 ${r},${r}v${n1(h - 2 * r)}a${r},${r} 0 0 1 ${-r},${r}`
    + `h${n1(2 * r - w)}a${r},${r} 0 0 1 ${-r},${-r}v${n1(2 * r - h)}a${r},${r} 0 0 1 ${r},${-r}z`;
}

/** Every visible node as one path, and the box around them; recomputed only when the nodes change. */
export function drawNodes(state: Pick<ReactFlowState, 'nodeLookup'>): { d: string; bounds: Rect | null } {
  const parts: string[] = [];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const node of state.nodeLookup.values()) {
    if (node.hidden) continue;
    const w = node.measured.width ?? node.width ?? 0;
    const h = node.measured.height ?? node.height ?? 0;
    if (!w || !h) continue;
    const { x, y } = node.internals.positionAbsolute;
    parts.push(roundedRect(x, y, w, h));
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x + w); y1 = Math.max(y1, y + h);
  }
  return { d: parts.join(''), bounds: parts.length ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null };
}

const selectNodes = (s: ReactFlowState) => s.nodes;
const selectView = (s: ReactFlowState) => `${s.transform[0]} ${s.transform[1]} ${s.transform[2]} ${s.width} ${s.height}`;

/**
 * The overview in the corner, drawn like React Flow's `<MiniMap pannable zoomable>` (same classes,
 * sizes and colours) but cheap to keep up to date while the view moves: React Flow's draws one SVG
 * rectangle per node, each with its own store subscription, and redraws them all on every frame of
 * a pan or zoom (bench/canvas.ts: with 2,000 elements it cost more than the rest of the canvas's pan
 * frames). Here all nodes are one path rebuilt only when nodes change; a frame of a pan or zoom
 * changes the viewBox and the mask only.
 */
export function CanvasMiniMap({ className }: { className?: string }) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const nodes = useStore(selectNodes);
  // Recomputed when the node list changes (positions, sizes, nesting all come with a new list).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const drawn = useMemo(() => drawNodes(store.getState()), [nodes, store]);
  const [tx, ty, zoom, flowWidth, flowHeight] = useStore(selectView).split(' ').map(Number) as [number, number, number, number, number];

  const view: Rect = { x: -tx / zoom, y: -ty / zoom, width: flowWidth / zoom, height: flowHeight / zoom };
  const b = drawn.bounds;
  const box = b ? {
    x: Math.min(b.x, view.x), y: Math.min(b.y, view.y),
    width: Math.max(b.x + b.width, view.x + view.width) - Math.min(b.x, view.x),
    height: Math.max(b.y + b.height, view.y + view.height) - Math.min(b.y, view.y),
  } : view;
  // React Flow's MiniMap arithmetic: fit the box into 200×150, centred, with a margin.
  const viewScale = Math.max(box.width / WIDTH, box.height / HEIGHT);
  const offset = OFFSET * viewScale;
  const x = box.x - (viewScale * WIDTH - box.width) / 2 - offset;
  const y = box.y - (viewScale * HEIGHT - box.height) / 2 - offset;
  const width = viewScale * WIDTH + offset * 2;
  const height = viewScale * HEIGHT + offset * 2;

  // Dragging in the minimap moves the view with the pointer (React Flow's `pannable`).
  const drag = useRef<{ id: number; x: number; y: number } | null>(null);
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const { x: vx, y: vy, zoom: z } = flow.getViewport();
    const k = viewScale * z;
    void flow.setViewport({ x: vx - (e.clientX - d.x) * k, y: vy - (e.clientY - d.y) * k, zoom: z });
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (drag.current?.id === e.pointerId) drag.current = null;
  };

  // The wheel zooms the view about its centre (React Flow's `zoomable`); it must not scroll the page.
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const delta = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002);
      void flow.zoomTo(flow.getZoom() * 2 ** delta);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [flow]);

  return (
    <Panel position="bottom-right" className={`react-flow__minimap${className ? ` ${className}` : ''}`} data-testid="rf__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${x} ${y} ${width} ${height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label="Mini Map"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        style={{ touchAction: 'none' }}
      >
        <path className="react-flow__minimap-node" d={drawn.d} shapeRendering="crispEdges" />
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
