import type { EdgeId, Element, Kind, NodeId, Relation, RelationKind, Topology } from '../../model';

const NO_IDS: ReadonlySet<never> = new Set();

function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(v);
}
function dropFrom<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (!s) return;
  s.delete(v);
  if (s.size === 0) m.delete(k);
}

/**
 * Lookup tables the rules need (children by parent, edges by node, nodes by kind, IPs, VLAN ids),
 * built once in O(n) and then patched element by element, so an edit costs O(changed), not O(n).
 * It stores ids only; the elements themselves are read from the current topology.
 */
export class TopologyIndex {
  private readonly byKind = new Map<Kind, Set<NodeId>>();
  private readonly kids = new Map<NodeId, Set<NodeId>>();
  private readonly outs = new Map<NodeId, Set<EdgeId>>();
  private readonly ins = new Map<NodeId, Set<EdgeId>>();
  private readonly byRelation = new Map<RelationKind, Set<EdgeId>>();
  private readonly byIp = new Map<string, Set<EdgeId>>();
  private readonly byVlanId = new Map<number, Set<NodeId>>();

  /** Builds the index of a whole topology. */
  static of(t: Topology): TopologyIndex {
    const ix = new TopologyIndex();
    for (const id in t.nodes) ix.addNode(t.nodes[id as NodeId]!);
    for (const id in t.edges) ix.addEdge(t.edges[id as EdgeId]!);
    return ix;
  }

  addNode(n: Element): void {
    addTo(this.byKind, n.kind, n.id);
    if (n.parentId) addTo(this.kids, n.parentId, n.id);
    if (n.kind === 'vlan') addTo(this.byVlanId, n.vlanId, n.id);
  }

  removeNode(n: Element): void {
    dropFrom(this.byKind, n.kind, n.id);
    if (n.parentId) dropFrom(this.kids, n.parentId, n.id);
    if (n.kind === 'vlan') dropFrom(this.byVlanId, n.vlanId, n.id);
  }

  addEdge(e: Relation): void {
    addTo(this.outs, e.source, e.id);
    addTo(this.ins, e.target, e.id);
    addTo(this.byRelation, e.relation, e.id);
    if (e.relation === 'attachedTo' && e.props.ip) addTo(this.byIp, e.props.ip, e.id);
  }

  removeEdge(e: Relation): void {
    dropFrom(this.outs, e.source, e.id);
    dropFrom(this.ins, e.target, e.id);
    dropFrom(this.byRelation, e.relation, e.id);
    if (e.relation === 'attachedTo' && e.props.ip) dropFrom(this.byIp, e.props.ip, e.id);
  }

  ofKind(kind: Kind): ReadonlySet<NodeId> {
    return this.byKind.get(kind) ?? NO_IDS;
  }
  children(id: NodeId): ReadonlySet<NodeId> {
    return this.kids.get(id) ?? NO_IDS;
  }
  out(id: NodeId): ReadonlySet<EdgeId> {
    return this.outs.get(id) ?? NO_IDS;
  }
  in(id: NodeId): ReadonlySet<EdgeId> {
    return this.ins.get(id) ?? NO_IDS;
  }
  ofRelation(relation: RelationKind): ReadonlySet<EdgeId> {
    return this.byRelation.get(relation) ?? NO_IDS;
  }
  /** attachedTo edges holding this IP address. */
  withIp(ip: string): ReadonlySet<EdgeId> {
    return this.byIp.get(ip) ?? NO_IDS;
  }
  ips(): IterableIterator<string> {
    return this.byIp.keys();
  }
  /** VLAN elements with this 802.1Q id. */
  vlansWithId(vlanId: number): ReadonlySet<NodeId> {
    return this.byVlanId.get(vlanId) ?? NO_IDS;
  }
  vlanIds(): IterableIterator<number> {
    return this.byVlanId.keys();
  }
}
