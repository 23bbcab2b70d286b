import type { Element, ElementByKind, Kind, NodeId, Relation, RelationKind, Topology } from '../../model';

/** The element with this id, or undefined. */
export const getNode = (t: Topology, id: NodeId): Element | undefined => t.nodes[id];

/** The element with this id if it is of the given kind. */
export function getNodeOfKind<K extends Kind>(t: Topology, id: NodeId | null | undefined, kind: K): ElementByKind[K] | undefined {
  if (!id) return undefined;
  const n = t.nodes[id];
  return n && n.kind === kind ? (n as ElementByKind[K]) : undefined;
}

/** All elements of one kind, in id order (deterministic). */
export function nodesOfKind<K extends Kind>(t: Topology, kind: K): ElementByKind[K][] {
  return Object.values(t.nodes).filter((n): n is ElementByKind[K] => n.kind === kind);
}

/** Direct children (elements that run on / nest in this one). */
export const childrenOf = (t: Topology, id: NodeId): Element[] => Object.values(t.nodes).filter((n) => n.parentId === id);

/** Every element's children, in record order, from one pass over the elements. */
function childrenByParent(t: Topology): Map<NodeId, Element[]> {
  const kids = new Map<NodeId, Element[]>();
  const nodes = t.nodes as Record<string, Element>;
  // Object.keys then lookup: about twice as fast as Object.values on records this large (dictionary mode).
  for (const k of Object.keys(nodes)) {
    const n = nodes[k]!;
    if (!n.parentId) continue;
    const a = kids.get(n.parentId);
    if (a) a.push(n);
    else kids.set(n.parentId, [n]);
  }
  return kids;
}

/** All descendants, depth first (children in record order). One pass over the elements, however deep. */
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
  let cur = t.nodes[id]?.parentId ?? null;
  const seen = new Set<NodeId>();
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const n = t.nodes[cur];
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
export const edgesOf = (t: Topology, id: NodeId): Relation[] => Object.values(t.edges).filter((e) => e.source === id || e.target === id);

/** Edges of one relation kind leaving a node. */
export function outgoing<R extends RelationKind>(t: Topology, id: NodeId, relation: R): Extract<Relation, { relation: R }>[] {
  return Object.values(t.edges).filter((e): e is Extract<Relation, { relation: R }> => e.source === id && e.relation === relation);
}

/** Edges of one relation kind arriving at a node. */
export function incoming<R extends RelationKind>(t: Topology, id: NodeId, relation: R): Extract<Relation, { relation: R }>[] {
  return Object.values(t.edges).filter((e): e is Extract<Relation, { relation: R }> => e.target === id && e.relation === relation);
}
