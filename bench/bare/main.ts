// The benchmark's baseline: React Flow with its built-in nodes and edges and nothing else, drawing
// the same nodes (ids, positions, sizes, nesting) and edges as the app. bench/canvas.ts calls
// window.__benchLoad with them and times the result against the app.
import '@xyflow/react/dist/style.css';
import { Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import { createElement as h, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

export interface BareFlow { nodes: Node[]; edges: Edge[] }

declare global {
  interface Window { __benchLoad?: (flow: BareFlow) => void }
}

// ?w=&h= sizes the drawing area like the app's canvas, so both raster the same number of pixels.
const query = new URLSearchParams(location.search);
const size = { width: query.get('w') ? `${Number(query.get('w'))}px` : '100vw', height: query.get('h') ? `${Number(query.get('h'))}px` : '100vh' };

function Bare() {
  const [flow, setFlow] = useState<BareFlow>({ nodes: [], edges: [] });
  useEffect(() => { window.__benchLoad = setFlow; }, []);
  return h('div', { style: size },
    h(ReactFlow, { nodes: flow.nodes, edges: flow.edges, minZoom: 0.05, fitView: true, proOptions: { hideAttribution: true } }, h(Controls, { showInteractive: false })));
}

createRoot(document.getElementById('root')!).render(h(StrictMode, null, h(Bare)));
