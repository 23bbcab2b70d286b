import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Design, Element, NodeId } from '../../../shared/model';
import { BOX, HEADER, PAD } from '../canvas/geometry';

/** A new place; containers also get ELK's size, replacing any size stored from earlier. */
export interface LayoutMove { id: NodeId; x: number; y: number; width?: number; height?: number }

/** Smallest box of a node that holds children (a VM that hosts a nested hypervisor or containers). */
const MIN_HOLDER = { w: 260, h: 130 };

/**
 * The ELK graph of a design: every element with what it holds as children (so nesting is kept),
 * boxes packed inside containers, and the top level laid out in layers along the connections
 * (an edge between nested elements pulls their top-level ancestors together).
 */
export function buildElkGraph(design: Design): ElkNode {
  const { nodes, edges } = design.topology;
  const kids = new Map<NodeId | null, Element[]>();
  for (const el of nodes.values()) {
    const p = el.parentId && nodes.has(el.parentId) ? el.parentId : null;
    kids.set(p, [...(kids.get(p) ?? []), el]);
  }
  const order = (list: Element[]) => [...list].sort((a, b) => {
    const la = design.layout[a.id] ?? { x: 0, y: 0 };
    const lb = design.layout[b.id] ?? { x: 0, y: 0 };
    return la.y - lb.y || la.x - lb.x || a.id.localeCompare(b.id);
  });
  const toElk = (el: Element): ElkNode => {
    const children = order(kids.get(el.id) ?? []);
    if (children.length === 0) {
      const l = design.layout[el.id];
      return { id: el.id, width: l?.width ?? BOX[el.kind].w, height: l?.height ?? BOX[el.kind].h };
    }
    const min = el.kind === 'vm' || el.kind === 'managementServer' ? MIN_HOLDER : BOX[el.kind];
    return {
      id: el.id,
      layoutOptions: {
        'elk.algorithm': 'rectpacking',
        'elk.padding': `[top=${HEADER + 4},left=${PAD},bottom=${PAD},right=${PAD}]`,
        'elk.spacing.nodeNode': '16',
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${min.w},${min.h})`,
        'elk.contentAlignment': 'V_TOP H_LEFT',
      },
      children: children.map(toElk),
    };
  };
  const top = (id: NodeId): NodeId => {
    let cur = id;
    const seen = new Set<NodeId>();
    while (nodes.get(cur)?.parentId && nodes.has(nodes.get(cur)!.parentId!) && !seen.has(cur)) {
      seen.add(cur);
      cur = nodes.get(cur)!.parentId!;
    }
    return cur;
  };
  const lifted = new Map<string, ElkExtendedEdge>();
  for (const e of edges.values()) {
    const s = top(e.source);
    const t = top(e.target);
    if (s === t || !nodes.has(s) || !nodes.has(t)) continue;
    const key = `${s}->${t}`;
    if (!lifted.has(key)) lifted.set(key, { id: key, sources: [s], targets: [t] });
  }
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.spacing.componentComponent': '60',
      'elk.separateConnectedComponents': 'true',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: order(kids.get(null) ?? []).map(toElk),
    edges: [...lifted.values()],
  };
}

/** ELK's answer as moves, positions relative to each parent; the top level keeps the design's top-left corner. */
export function movesFromElk(design: Design, laid: ElkNode): LayoutMove[] {
  const moves: LayoutMove[] = [];
  const tops = laid.children ?? [];
  const placed = [...design.topology.nodes.values()].filter((n) => !n.parentId).map((n) => design.layout[n.id]).filter((l) => !!l);
  const originX = placed.length ? Math.min(...placed.map((l) => l!.x)) : 0;
  const originY = placed.length ? Math.min(...placed.map((l) => l!.y)) : 0;
  const minX = tops.length ? Math.min(...tops.map((n) => n.x ?? 0)) : 0;
  const minY = tops.length ? Math.min(...tops.map((n) => n.y ?? 0)) : 0;
  const walk = (n: ElkNode, isTop: boolean) => {
    const x = Math.round((n.x ?? 0) + (isTop ? originX - minX : 0));
    const y = Math.round((n.y ?? 0) + (isTop ? originY - minY : 0));
    const holder = (n.children?.length ?? 0) > 0;
    moves.push(holder ? { id: n.id as NodeId, x, y, width: Math.round(n.width ?? 0), height: Math.round(n.height ?? 0) } : { id: n.id as NodeId, x, y });
    for (const c of n.children ?? []) walk(c, false);
  };
  for (const t of tops) walk(t, true);
  return moves;
}

/** Lays the whole design out with ELK (loaded on first use), keeping every element in its parent. */
export async function computeAutoLayout(design: Design): Promise<LayoutMove[]> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const laid = await elk.layout(buildElkGraph(design));
  return movesFromElk(design, laid);
}
