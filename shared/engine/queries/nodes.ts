import type { Element, ElementByKind, Kind, NodeId, Relation, RelationKind, Topology } from '../../model';

/** The element with this id, or undefined. */
export const getNode = (t: Topology, id: NodeId): Element | undefined => t.nodes.get(id);

/** The element with this id if it is of the given kind. */
export function getNodeOfKind<K extends Kind>(t: Topology, id: NodeId | null | undefined, kind: K): ElementByKind[K] | undefined {
  if (!id) return undefined;
  const n = t.nodes.get(id);
  return n && n.kind === kind ? (n as ElementByKind[K]) : undefined;
}

/** All elements of one kind, in the topology's order (deterministic). */
export function nodesOfKind<K extends Kind>(t: Topology, kind: K): ElementByKind[K][] {
  const out: ElementByKind[K][] = [];
  for (const n of t.nodes.values()) if (n.kind === kind) out.push(n as ElementByKind[K]);
  return out;
}

/** Direct children (elements that run on / nest in this one). */
export function childrenOf(t: Topology, id: NodeId): Element[] {
  const out: Element[] = [];
  for (const n of t.nodes.values()) if (n.parentId === id) out.push(n);
  return out;
}

/** Every element's children, in the topology's order, from one pass over the elements. */
function childrenByParent(t: Topology): Map<NodeId, Element[]> {
  const kids = new Map<NodeId, Element[]>();
  for (const n of t.nodes.values()) {
    if (!n.parentId) continue;
    const a = kids.get(n.parentId);
    if (a) a.push(n);
    else kids.set(n.parentId, [n]);
  }
  return kids;
}

/** All descendants, depth first (children in the topology's order). One pass over the elements, however deep. */
export function descendantsOf(t: Topology, id: NodeId): Element[] {
  const out: Element[] = [];
  const kids = childrenByParent(t);
  const seen = new Set<NodeId>([id]);
  const walk = (pid: NodeId) => {
    for (const c of kids.get(pid) ?? []) {
      if (seen.has(c.id)) continue; // a parent cycle in a damaged file
      seen.add(c.id);
      out.push(c);
      walk(c.id);
    }
  };
  walk(id);
  return out;
}

/** Parent chain from the direct parent up to the top. */
export function ancestorsOf(t: Topology, id: NodeId): Element[] {
  const out: Element[] = [];
  let cur = t.nodes.get(id)?.parentId ?? null;
  const seen = new Set<NodeId>();
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const n = t.nodes.get(cur);
    if (!n) break;
    out.push(n);
    cur = n.parentId;
  }
  return out;
}

/** Nearest ancestor of the given kind. */
export function ancestorOfKind<K extends Kind>(t: Topology, id: NodeId, kind: K): ElementByKind[K] | undefined {
  return ancestorsOf(t, id).find((n): n is ElementByKind[K] => n.kind === kind);
}

/** Edges touching a node. */
export function edgesOf(t: Topology, id: NodeId): Relation[] {
  const out: Relation[] = [];
  for (const e of t.edges.values()) if (e.source === id || e.target === id) out.push(e);
  return out;
}

/** Edges of one relation kind leaving a node. */
export function outgoing<R extends RelationKind>(t: Topology, id: NodeId, relation: R): Extract<Relation, { relation: R }>[] {
  const out: Extract<Relation, { relation: R }>[] = [];
  for (const e of t.edges.values()) if (e.source === id && e.relation === relation) out.push(e as Extract<Relation, { relation: R }>);
  return out;
}

/** Edges of one relation kind arriving at a node. */
export function incoming<R extends RelationKind>(t: Topology, id: NodeId, relation: R): Extract<Relation, { relation: R }>[] {
  const out: Extract<Relation, { relation: R }>[] = [];
  for (const e of t.edges.values()) if (e.target === id && e.relation === relation) out.push(e as Extract<Relation, { relation: R }>);
  return out;
}
