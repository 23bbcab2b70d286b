import type { EdgeId, Element, Kind, NodeId, Relation, RelationKind, Topology } from '../../model';

const NO_LIST: readonly never[] = [];

/** A read-only view of a large id collection: its size and its members. */
export interface IdCollection<T> extends Iterable<T> { readonly size: number }

/**
 * A bag of ids that is a plain array while it only grows (building a whole index) and becomes a set
 * at its first removal (patching after an edit), so the bulk build avoids ~45,000 hash insertions.
 */
class IdBag<T> implements IdCollection<T> {
  private list: T[] | null = [];
  private set: Set<T> | null = null;
  add(v: T): void {
    if (this.list) this.list.push(v);
    else this.set!.add(v);
  }
  delete(v: T): void {
    if (this.list) {
      this.set = new Set(this.list);
      this.list = null;
    }
    this.set!.delete(v);
  }
  get size(): number {
    return this.list ? this.list.length : this.set!.size;
  }
  [Symbol.iterator](): Iterator<T> {
    return (this.list ?? this.set!)[Symbol.iterator]();
  }
}
const NO_BAG: IdCollection<never> = new IdBag<never>();

/**
 * Several index collections as one list of subjects (say, every hypervisor, Dom0 and VM). A full pass
 * checks each part together with the other rules that have that collection as their subjects.
 */
export class SubjectUnion implements Iterable<string> {
  constructor(readonly parts: readonly Iterable<string>[]) {}
  *[Symbol.iterator](): Iterator<string> {
    for (const p of this.parts) yield* p;
  }
}

function addTo<K, V>(m: Map<K, IdBag<V>>, k: K, v: V): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new IdBag()));
  s.add(v);
}
function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
function spliceFrom<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  const i = a ? a.indexOf(v) : -1;
  if (i < 0) return;
  a!.splice(i, 1);
  if (a!.length === 0) m.delete(k);
}
function dropFrom<K, V>(m: Map<K, IdBag<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (!s) return;
  s.delete(v);
  if (s.size === 0) m.delete(k);
}

/** What the index knows about one element id: what is nested in it, what leaves it, what arrives (null: none yet). */
export interface Adjacency { readonly kids: readonly NodeId[] | null; readonly outs: readonly EdgeId[] | null; readonly ins: readonly EdgeId[] | null }
interface MutableAdjacency { kids: NodeId[] | null; outs: EdgeId[] | null; ins: EdgeId[] | null }
const NO_ADJACENCY: Adjacency = { kids: null, outs: null, ins: null };

function removeFrom<V>(a: V[] | null, v: V): void {
  const i = a ? a.indexOf(v) : -1;
  if (i >= 0) a!.splice(i, 1);
}

/**
 * Lookup tables the rules need (children by parent, edges by node, nodes by kind, IPs, VLAN ids),
 * built once in O(n) and then patched element by element, so an edit costs O(changed), not O(n).
 * It stores ids only; the elements themselves are read from the current topology. The per-element
 * lists (children, edges in and out) share one map entry per id, so building the index costs two map
 * reads per connection rather than a read and a write in each of two maps; they are arrays, cheaper to
 * build and walk than sets, and small, so removal by search stays cheap.
 */
export class TopologyIndex {
  private readonly byKind = new Map<Kind, IdBag<NodeId>>();
  private readonly adj = new Map<NodeId, MutableAdjacency>();
  private readonly byRelation = new Map<RelationKind, IdBag<EdgeId>>();
  private readonly byIp = new Map<string, EdgeId[]>();
  /** IPs held by two vNICs or more (the only ones a duplicate check can flag). */
  private readonly sharedIp = new Set<string>();
  private readonly byVlanId = new Map<number, NodeId[]>();

  /** Builds the index of a whole topology. */
  static of(t: Topology): TopologyIndex {
    return TopologyIndex.withRoots(t).ix;
  }

  /**
   * Builds the index of a whole topology and lists the roots of its nesting forest: elements with no
   * parent, or whose parent is missing. Every element is a root or nested in exactly one element, so a
   * walk down from the roots meets each element at most once (elements caught in a parent cycle never).
   */
  static withRoots(t: Topology): { ix: TopologyIndex; roots: NodeId[] } {
    const ix = new TopologyIndex();
    const roots: NodeId[] = [];
    // Object.keys then lookup: about twice as fast as Object.values on records this large (dictionary mode).
    const nodes = t.nodes as Record<string, Element>;
    const edges = t.edges as Record<string, Relation>;
    for (const id of Object.keys(nodes)) {
      const n = nodes[id]!;
      ix.addNode(n);
      if (!n.parentId) roots.push(n.id);
    }
    for (const [p, a] of ix.adj) if (a.kids && a.kids.length && !nodes[p]) roots.push(...a.kids);
    for (const id of Object.keys(edges)) ix.addEdge(edges[id]!);
    return { ix, roots };
  }

  /** The kind or relation whose index collection this is (by identity), if any. */
  collectionOf(c: unknown): { kind: Kind } | { relation: RelationKind } | undefined {
    for (const [kind, bag] of this.byKind) if (bag === c) return { kind };
    for (const [relation, bag] of this.byRelation) if (bag === c) return { relation };
    return undefined;
  }

  private at(id: NodeId): MutableAdjacency {
    let a = this.adj.get(id);
    if (!a) this.adj.set(id, (a = { kids: null, outs: null, ins: null }));
    return a;
  }

  /** Indexes an element (by kind, under its parent, by VLAN id). */
  addNode(n: Element): void {
    addTo(this.byKind, n.kind, n.id);
    if (n.parentId) {
      const a = this.at(n.parentId);
      if (a.kids) a.kids.push(n.id);
      else a.kids = [n.id];
    }
    if (n.kind === 'vlan') pushTo(this.byVlanId, n.vlanId, n.id);
  }

  /** Forgets an element as it was indexed. */
  removeNode(n: Element): void {
    dropFrom(this.byKind, n.kind, n.id);
    if (n.parentId) removeFrom(this.adj.get(n.parentId)?.kids ?? null, n.id);
    if (n.kind === 'vlan') spliceFrom(this.byVlanId, n.vlanId, n.id);
  }

  /** Indexes a connection (both ends, its relation, its IP). */
  addEdge(e: Relation): void {
    const s = this.at(e.source);
    if (s.outs) s.outs.push(e.id);
    else s.outs = [e.id];
    const t = this.at(e.target);
    if (t.ins) t.ins.push(e.id);
    else t.ins = [e.id];
    addTo(this.byRelation, e.relation, e.id);
    if (e.relation === 'attachedTo' && e.props.ip) {
      const ip = e.props.ip;
      const a = this.byIp.get(ip);
      if (!a) this.byIp.set(ip, [e.id]);
      else if (a.push(e.id) === 2) this.sharedIp.add(ip);
    }
  }

  /** Forgets a connection as it was indexed. */
  removeEdge(e: Relation): void {
    removeFrom(this.adj.get(e.source)?.outs ?? null, e.id);
    removeFrom(this.adj.get(e.target)?.ins ?? null, e.id);
    dropFrom(this.byRelation, e.relation, e.id);
    if (e.relation === 'attachedTo' && e.props.ip) {
      spliceFrom(this.byIp, e.props.ip, e.id);
      if ((this.byIp.get(e.props.ip)?.length ?? 0) < 2) this.sharedIp.delete(e.props.ip);
    }
  }

  /** Elements of a kind. */
  ofKind(kind: Kind): IdCollection<NodeId> {
    return this.byKind.get(kind) ?? NO_BAG;
  }
  /** Everything the index holds for one element (one map read for its children and its connections). */
  adjacency(id: NodeId): Adjacency {
    return this.adj.get(id) ?? NO_ADJACENCY;
  }
  /** Elements nested directly in this one. */
  children(id: NodeId): readonly NodeId[] {
    return this.adj.get(id)?.kids ?? NO_LIST;
  }
  /** Connections leaving this element. */
  out(id: NodeId): readonly EdgeId[] {
    return this.adj.get(id)?.outs ?? NO_LIST;
  }
  /** Connections arriving at this element. */
  in(id: NodeId): readonly EdgeId[] {
    return this.adj.get(id)?.ins ?? NO_LIST;
  }
  /** Connections of a relation. */
  ofRelation(relation: RelationKind): IdCollection<EdgeId> {
    return this.byRelation.get(relation) ?? NO_BAG;
  }
  /** attachedTo edges holding this IP address. */
  withIp(ip: string): readonly EdgeId[] {
    return this.byIp.get(ip) ?? NO_LIST;
  }
  /** Every IP address in use on a vNIC. */
  ips(): IterableIterator<string> {
    return this.byIp.keys();
  }
  /** IP addresses held by two vNICs or more. */
  sharedIps(): ReadonlySet<string> {
    return this.sharedIp;
  }
  /** VLAN elements with this 802.1Q id. */
  vlansWithId(vlanId: number): readonly NodeId[] {
    return this.byVlanId.get(vlanId) ?? NO_LIST;
  }
  /** Every 802.1Q id used by a VLAN element. */
  vlanIds(): IterableIterator<number> {
    return this.byVlanId.keys();
  }
}
