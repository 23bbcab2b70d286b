import type { EdgeId, Element, Kind, NodeId, Relation, RelationKind, Topology } from '../../model';
import { AdjacencyLists } from './adjacencyLists';
import { IpIndex } from './ipIndex';

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

/**
 * Lookup tables the rules need (children by parent, edges by node, nodes by kind, IPs, VLAN ids),
 * built once in O(n) and then patched element by element, so an edit costs O(changed), not O(n).
 * Collections by kind, relation, IP and VLAN id hold ids (they are subjects); the per-element lists
 * (`lists`) hold the elements and connections of the topology the index was last built or patched for.
 */
export class TopologyIndex {
  private readonly byKind = new Map<Kind, IdBag<NodeId>>();
  /** Children, outgoing and incoming connections of each element. */
  readonly lists: AdjacencyLists;
  private readonly byRelation = new Map<RelationKind, IdBag<EdgeId>>();
  private readonly byIp = new IpIndex();
  private readonly byVlanId = new Map<number, NodeId[]>();

  /** An empty index, with room for this many elements and connections to start with. */
  constructor(nodes?: number, edges?: number) {
    this.lists = new AdjacencyLists(nodes === undefined ? undefined : nodes + 64, edges);
  }

  /** Builds the index of a whole topology. */
  static of(t: Topology): TopologyIndex {
    const { ix } = TopologyIndex.withRoots(t);
    ix.reindexIps(t);
    return ix;
  }

  /**
   * Builds the index of a whole topology and lists the roots of its nesting forest: elements with no
   * parent, or whose parent is missing. Every element is a root or nested in exactly one element, so a
   * walk down from the roots meets each element at most once (elements caught in a parent cycle never).
   * The IPs of vNICs are left out (`addIp` adds them): a full pass adds each while its checks have the
   * vNIC's properties in the cache, rather than fetching 15,000 of them from memory once more here.
   */
  static withRoots(t: Topology): { ix: TopologyIndex; roots: Element[] } {
    const roots: Element[] = [];
    const ix = new TopologyIndex(t.nodes.size, t.edges.size);
    for (const n of t.nodes.values()) {
      ix.addNode(n);
      if (!n.parentId) roots.push(n);
    }
    roots.push(...ix.lists.orphans());
    for (const e of t.edges.values()) ix.addEdgeOnly(e);
    return { ix, roots };
  }

  /** The kind or relation whose index collection this is (by identity), if any. */
  collectionOf(c: unknown): { kind: Kind } | { relation: RelationKind } | undefined {
    for (const [kind, bag] of this.byKind) if (bag === c) return { kind };
    for (const [relation, bag] of this.byRelation) if (bag === c) return { relation };
    return undefined;
  }

  /** Indexes an element (by kind, under its parent, by VLAN id). */
  addNode(n: Element): void {
    addTo(this.byKind, n.kind, n.id);
    this.lists.addNode(n);
    if (n.kind === 'vlan') pushTo(this.byVlanId, n.vlanId, n.id);
  }

  /** Forgets an element as it was indexed. */
  removeNode(n: Element): void {
    dropFrom(this.byKind, n.kind, n.id);
    this.lists.removeNode(n);
    if (n.kind === 'vlan') spliceFrom(this.byVlanId, n.vlanId, n.id);
  }

  /** Indexes a connection (both ends, its relation, its IP). */
  addEdge(e: Relation): void {
    this.addEdgeOnly(e);
    this.addIp(e);
  }

  /** Indexes a connection without its IP. */
  private addEdgeOnly(e: Relation): void {
    this.lists.addEdge(e);
    addTo(this.byRelation, e.relation, e.id);
  }

  /** Indexes the IPs of every vNIC afresh. */
  reindexIps(t: Topology): void {
    this.byIp.clear();
    this.reserveIps();
    for (const id of this.ofRelation('attachedTo')) this.addIp(t.edges.get(id)!);
  }

  /** Makes room for the IPs of every vNIC indexed so far (before adding them one by one). */
  reserveIps(): void {
    this.byIp.reserve(this.ofRelation('attachedTo').size);
  }

  /** Indexes the IP of a vNIC (a connection indexed without it). */
  addIp(e: Relation): void {
    if (e.relation === 'attachedTo' && e.props.ip) this.byIp.add(e.props.ip, e.id);
  }

  /** Forgets a connection as it was indexed. */
  removeEdge(e: Relation): void {
    this.lists.removeEdge(e);
    dropFrom(this.byRelation, e.relation, e.id);
    if (e.relation === 'attachedTo' && e.props.ip) this.byIp.remove(e.props.ip, e.id);
  }

  /** Elements of a kind. */
  ofKind(kind: Kind): IdCollection<NodeId> {
    return this.byKind.get(kind) ?? NO_BAG;
  }
  /** Elements nested directly in this one (a new array). */
  children(id: NodeId): Element[] {
    return this.lists.children(id);
  }
  /** Connections leaving this element (a new array). */
  out(id: NodeId): Relation[] {
    return this.lists.out(id);
  }
  /** Connections arriving at this element (a new array). */
  in(id: NodeId): Relation[] {
    return this.lists.in(id);
  }
  /** Connections of a relation. */
  ofRelation(relation: RelationKind): IdCollection<EdgeId> {
    return this.byRelation.get(relation) ?? NO_BAG;
  }
  /** attachedTo edges holding this IP address. */
  withIp(ip: string): readonly EdgeId[] {
    return this.byIp.holders(ip);
  }
  /** IP addresses held by two vNICs or more. */
  sharedIps(): ReadonlySet<string> {
    return this.byIp.shared;
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
