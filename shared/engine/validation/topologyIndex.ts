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

/**
 * What the index knows about one element id: the elements nested in it, the connections leaving it
 * and those arriving (null: none yet). It holds the objects themselves, so a walk or a rule reaching
 * them costs no lookup in the topology's 45,000-entry records.
 */
export interface Adjacency {
  readonly kids: readonly Element[] | null;
  /** The adjacency of each of `kids`, in the same order (a walk down the forest needs no map reads). */
  readonly kidAdjacency: readonly Adjacency[] | null;
  readonly outs: readonly Relation[] | null;
  readonly ins: readonly Relation[] | null;
}
interface MutableAdjacency { kids: Element[] | null; kidAdjacency: MutableAdjacency[] | null; outs: Relation[] | null; ins: Relation[] | null }
const NO_ADJACENCY: Adjacency = { kids: null, kidAdjacency: null, outs: null, ins: null };

/**
 * Appends to a per-element list. The first few entries are copied into an array of exactly their
 * size: V8 grows a one-entry array to 17 slots on its first push, which for the ~10,000 lists of two
 * or three connections (a VM's vNICs and disks) would triple the memory a full build allocates.
 */
function appendTo<V>(a: V[] | null, v: V): V[] {
  if (!a) return [v];
  switch (a.length) {
    case 1: return [a[0]!, v];
    case 2: return [a[0]!, a[1]!, v];
    case 3: return [a[0]!, a[1]!, a[2]!, v];
    default:
      a.push(v);
      return a;
  }
}

/** Drops the entry with this id (ids are unique in a list); returns where it was, or -1. */
function removeFrom<V extends { id: string }>(a: V[] | null, id: string): number {
  if (!a) return -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.id === id) {
      a.splice(i, 1);
      return i;
    }
  }
  return -1;
}

/**
 * Lookup tables the rules need (children by parent, edges by node, nodes by kind, IPs, VLAN ids),
 * built once in O(n) and then patched element by element, so an edit costs O(changed), not O(n).
 * Collections by kind, relation, IP and VLAN id hold ids (they are subjects); the per-element lists
 * hold the elements and connections of the topology the index was last built or patched for, and
 * share one map entry per id, so building costs two map reads per connection. They are arrays,
 * cheaper to build and walk than sets, and small, so removal by search stays cheap.
 */
export class TopologyIndex {
  private readonly byKind = new Map<Kind, IdBag<NodeId>>();
  private readonly adj = new Map<NodeId, MutableAdjacency>();
  private readonly byRelation = new Map<RelationKind, IdBag<EdgeId>>();
  /** One vNIC's id, or the list when two or more hold the IP (most IPs are held once: no array each). */
  private readonly byIp = new Map<string, EdgeId | EdgeId[]>();
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
  static withRoots(t: Topology): { ix: TopologyIndex; roots: Element[] } {
    const ix = new TopologyIndex();
    const roots: Element[] = [];
    // for-in then lookup: the cheapest way found to enumerate records this large (dictionary mode);
    // Object.keys sorts a copy of the keys first, Object.values is slower still.
    const nodes = t.nodes as Record<string, Element>;
    const edges = t.edges as Record<string, Relation>;
    for (const id in nodes) {
      const n = nodes[id]!;
      ix.addNode(n);
      if (!n.parentId) roots.push(n);
    }
    for (const [p, a] of ix.adj) if (a.kids && a.kids.length && !nodes[p]) roots.push(...a.kids);
    for (const id in edges) ix.addEdge(edges[id]!);
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
    if (!a) this.adj.set(id, (a = { kids: null, kidAdjacency: null, outs: null, ins: null }));
    return a;
  }

  // Records list an element's children and outgoing connections one after another (a hypervisor's VMs,
  // a VM's vNICs and disks), so the entry last used for a parent or a source usually serves the next.
  // Entries are never dropped from `adj`, so a remembered one stays valid.
  private lastParent: NodeId | undefined;
  private lastParentAt: MutableAdjacency | undefined;
  private lastSource: NodeId | undefined;
  private lastSourceAt: MutableAdjacency | undefined;

  private atParent(id: NodeId): MutableAdjacency {
    if (id !== this.lastParent) {
      this.lastParent = id;
      this.lastParentAt = this.at(id);
    }
    return this.lastParentAt!;
  }

  private atSource(id: NodeId): MutableAdjacency {
    if (id !== this.lastSource) {
      this.lastSource = id;
      this.lastSourceAt = this.at(id);
    }
    return this.lastSourceAt!;
  }

  /** Indexes an element (by kind, under its parent, by VLAN id). */
  addNode(n: Element): void {
    addTo(this.byKind, n.kind, n.id);
    const own = this.at(n.id);
    if (n.parentId) {
      const a = this.atParent(n.parentId);
      a.kids = appendTo(a.kids, n);
      a.kidAdjacency = appendTo(a.kidAdjacency, own);
    }
    if (n.kind === 'vlan') pushTo(this.byVlanId, n.vlanId, n.id);
  }

  /** Forgets an element as it was indexed. */
  removeNode(n: Element): void {
    dropFrom(this.byKind, n.kind, n.id);
    const a = n.parentId ? this.adj.get(n.parentId) : undefined;
    if (a) {
      const i = removeFrom(a.kids, n.id);
      if (i >= 0) a.kidAdjacency!.splice(i, 1);
    }
    if (n.kind === 'vlan') spliceFrom(this.byVlanId, n.vlanId, n.id);
  }

  /** Indexes a connection (both ends, its relation, its IP). */
  addEdge(e: Relation): void {
    const s = this.atSource(e.source);
    s.outs = appendTo(s.outs, e);
    const t = this.at(e.target);
    t.ins = appendTo(t.ins, e);
    addTo(this.byRelation, e.relation, e.id);
    if (e.relation === 'attachedTo' && e.props.ip) {
      const ip = e.props.ip;
      const a = this.byIp.get(ip);
      if (a === undefined) this.byIp.set(ip, e.id);
      else if (typeof a === 'string') {
        this.byIp.set(ip, [a, e.id]);
        this.sharedIp.add(ip);
      } else a.push(e.id);
    }
  }

  /** Forgets a connection as it was indexed. */
  removeEdge(e: Relation): void {
    removeFrom(this.adj.get(e.source)?.outs ?? null, e.id);
    removeFrom(this.adj.get(e.target)?.ins ?? null, e.id);
    dropFrom(this.byRelation, e.relation, e.id);
    if (e.relation === 'attachedTo' && e.props.ip) {
      const ip = e.props.ip;
      const a = this.byIp.get(ip);
      if (a === e.id) this.byIp.delete(ip);
      else if (typeof a === 'object') {
        const i = a.indexOf(e.id);
        if (i >= 0) a.splice(i, 1);
        if (a.length < 2) {
          this.sharedIp.delete(ip);
          if (a.length === 1) this.byIp.set(ip, a[0]!);
          else this.byIp.delete(ip);
        }
      }
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
  children(id: NodeId): readonly Element[] {
    return this.adj.get(id)?.kids ?? NO_LIST;
  }
  /** Connections leaving this element. */
  out(id: NodeId): readonly Relation[] {
    return this.adj.get(id)?.outs ?? NO_LIST;
  }
  /** Connections arriving at this element. */
  in(id: NodeId): readonly Relation[] {
    return this.adj.get(id)?.ins ?? NO_LIST;
  }
  /** Connections of a relation. */
  ofRelation(relation: RelationKind): IdCollection<EdgeId> {
    return this.byRelation.get(relation) ?? NO_BAG;
  }
  /** attachedTo edges holding this IP address. */
  withIp(ip: string): readonly EdgeId[] {
    const a = this.byIp.get(ip);
    return a === undefined ? NO_LIST : typeof a === 'string' ? [a] : a;
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
