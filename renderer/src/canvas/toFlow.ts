import type { Edge, Node } from '@xyflow/react';
import type { Design, Element, NodeId, Relation } from '../../../shared/model';
import type { Finding } from '../../../shared/engine/rules/types';
import { BOX, HEADER, PAD, isContainer } from './geometry';

export interface ElementNodeData extends Record<string, unknown> {
  element: Element;
  container: boolean;
  errors: number;
  warnings: number;
}
export type ElementFlowNode = Node<ElementNodeData, 'element'>;
export interface RelationEdgeData extends Record<string, unknown> { relation: Relation }
export type RelationFlowEdge = Edge<RelationEdgeData>;

/** Structural equality of plain data (elements are JSON-like). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Node data is reused while its element and badges are unchanged (snapshots cross a process
 * boundary, so every element arrives as a new object): memoised nodes then skip re-rendering.
 */
let dataCache = new Map<string, ElementNodeData>();
/**
 * The flow nodes and edges handed out last, reused while nothing about them changed: React Flow
 * re-renders, and re-measures, every node or edge it is given as a new object, so an edit of one
 * element redrew all 2,000 of a large design (bench/editLatency.ts).
 */
let nodeCache = new Map<string, ElementFlowNode>();
let edgeCache = new Map<string, RelationFlowEdge>();
/**
 * The lists handed out last, given again while every member is the same object: a new list makes
 * React Flow update its store, which runs the selectors of every node and edge on the canvas.
 */
let lastNodes: ElementFlowNode[] = [];
let lastEdges: RelationFlowEdge[] = [];
const sameMembers = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
function nodeData(next: Map<string, ElementNodeData>, element: Element, container: boolean, errors: number, warnings: number): ElementNodeData {
  const cached = dataCache.get(element.id);
  const data = cached && cached.container === container && cached.errors === errors && cached.warnings === warnings && sameData(cached.element, element)
    ? cached
    : { element, container, errors, warnings };
  next.set(element.id, data);
  return data;
}

/**
 * Projects the engine's design into React Flow nodes and edges. Parents come before children
 * (React Flow sub-flows need that) and each container grows to fit what it holds.
 */
export function toFlow(design: Design, selection: ReadonlySet<string>, findings: readonly Finding[] = []): { nodes: ElementFlowNode[]; edges: RelationFlowEdge[] } {
  const { nodes: byId, edges } = design.topology;
  const children = new Map<NodeId | null, Element[]>();
  for (const el of byId.values()) {
    const parent = el.parentId && byId.has(el.parentId) ? el.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(el);
    children.set(parent, list);
  }
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const f of findings) {
    for (const t of f.targets.slice(0, 1)) {
      const c = counts.get(t) ?? { errors: 0, warnings: 0 };
      if (f.severity === 'error') c.errors++;
      else if (f.severity === 'warning') c.warnings++;
      counts.set(t, c);
    }
  }

  const size = new Map<NodeId, { w: number; h: number }>();
  const measure = (el: Element): { w: number; h: number } => {
    const kids = children.get(el.id) ?? [];
    const stored = design.layout[el.id];
    let w = stored?.width ?? BOX[el.kind].w;
    let h = stored?.height ?? BOX[el.kind].h;
    if (isContainer(el, kids.length > 0)) {
      if (kids.length > 0 && !isContainerKindBox(el)) {
        w = Math.max(w, 260);
        h = Math.max(h, 130);
      }
      for (const k of kids) {
        const ks = measure(k);
        const p = design.layout[k.id] ?? { x: PAD, y: HEADER };
        w = Math.max(w, p.x + ks.w + PAD);
        h = Math.max(h, p.y + ks.h + PAD);
      }
    }
    const s = { w, h };
    size.set(el.id, s);
    return s;
  };

  const out: ElementFlowNode[] = [];
  const nextCache = new Map<string, ElementNodeData>();
  const nextNodes = new Map<string, ElementFlowNode>();
  const emit = (parent: NodeId | null) => {
    for (const el of children.get(parent) ?? []) {
      const s = size.get(el.id) ?? measure(el);
      const p = design.layout[el.id] ?? { x: 0, y: 0 };
      const kids = children.get(el.id) ?? [];
      const c = counts.get(el.id);
      const data = nodeData(nextCache, el, isContainer(el, kids.length > 0), c?.errors ?? 0, c?.warnings ?? 0);
      const selected = selection.has(el.id);
      const old = nodeCache.get(el.id);
      const node: ElementFlowNode = old && old.data === data && old.selected === selected && old.position.x === p.x && old.position.y === p.y
        && old.width === s.w && old.height === s.h && old.parentId === (parent ?? undefined)
        ? old
        // `measured` as React Flow will find it (the box is drawn at exactly width × height): it then has no
        // dimension change to report, and this object stays the one it holds.
        : { id: el.id, type: 'element', position: { x: p.x, y: p.y }, width: s.w, height: s.h, measured: { width: s.w, height: s.h }, data, selected, ...(parent ? { parentId: parent } : {}) };
      nextNodes.set(el.id, node);
      out.push(node);
      emit(el.id);
    }
  };
  for (const top of children.get(null) ?? []) measure(top);
  emit(null);
  dataCache = nextCache;
  nodeCache = nextNodes;

  const nextEdges = new Map<string, RelationFlowEdge>();
  const flowEdges: RelationFlowEdge[] = [...edges.values()].map((r) => {
    const selected = selection.has(r.id);
    const old = edgeCache.get(r.id);
    const edge: RelationFlowEdge = old && old.selected === selected && sameData(old.data!.relation, r)
      ? old
      : { id: r.id, source: r.source, target: r.target, type: 'relation', data: { relation: r }, selected, className: `edge-${r.relation}` };
    nextEdges.set(r.id, edge);
    return edge;
  });
  edgeCache = nextEdges;
  if (!sameMembers(out, lastNodes)) lastNodes = out;
  if (!sameMembers(flowEdges, lastEdges)) lastEdges = flowEdges;
  return { nodes: lastNodes, edges: lastEdges };
}

const isContainerKindBox = (el: Element) => el.kind === 'cluster' || el.kind === 'host' || el.kind === 'hostOs' || el.kind === 'hypervisor';
