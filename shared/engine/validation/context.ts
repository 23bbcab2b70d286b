import type {
  Element, ElementByKind, Host, Hypervisor, Kind, NodeId, ProjectSettings, Relation, RelationKind, Topology, Vm, VSwitch,
} from '../../model';
import type { TopologyIndex } from './topologyIndex';

export type RelationOf<R extends RelationKind> = Extract<Relation, { relation: R }>;

/** The subjects a rule currently reports: a live, read-only view. */
export interface Flagged { readonly size: number; has(subject: string): boolean; keys(): IterableIterator<string> }

const NONE: Flagged = new Map<string, never>();
const NO_PATH: readonly Element[] = [];
const NO_IDS: readonly string[] = [];
/** Stands for a memoised `undefined`, so a hit costs one map lookup. */
const UNDEFINED = Symbol('undefined');
/** How many recent keys of each memoised fact are kept at hand (a power of two). */
const RECENT = 4;

let slots = 0;

/**
 * A memoised fact: a name, a module-level compute function (given the context and key, so no closure
 * is made per call) and a slot number, so finding its cache is an array index, not a hash lookup.
 */
export interface Memo<T> { readonly name: string; readonly slot: number; readonly compute: (ctx: ValidationContext, key: string) => T }

/** Declares a memoised fact (at module level). */
export function defineMemo<T>(name: string, compute: (ctx: ValidationContext, key: string) => T): Memo<T> {
  return { name, slot: slots++, compute };
}

/**
 * What a rule sees during one validation pass: the topology, its index and memoised derived facts
 * (a host's hypervisors, the VLANs its uplinks carry, the pools it reaches). The memo lives for one
 * pass only, so it can never serve a stale answer after an edit.
 */
export class ValidationContext {
  private readonly memos: (Map<string, unknown> | undefined)[] = [];
  // The last RECENT keys and values of each fact, at RECENT * slot + 0..RECENT-1, and where the next goes.
  // (Made with room for every fact declared so far, so they stay dense arrays.)
  private recentKey: (string | undefined)[] = new Array<string | undefined>(RECENT * slots).fill(undefined);
  private recentValue: unknown[] = new Array<unknown>(RECENT * slots).fill(undefined);
  private recentNext: number[] = new Array<number>(slots).fill(0);
  // The two maps, held directly: every check reads them, and one load beats three.
  private readonly nodes: ReadonlyMap<string, Element>;
  private readonly edges: ReadonlyMap<string, Relation>;

  constructor(
    readonly t: Topology,
    readonly ix: TopologyIndex,
    /** Subjects a rule currently has findings for (incremental passes use it to refresh them). */
    private readonly flaggedOf: (ruleId: string) => Flagged = () => NONE,
  ) {
    this.nodes = t.nodes;
    this.edges = t.edges;
  }

  /** The project settings (thresholds) of this design. */
  get settings(): ProjectSettings {
    return this.t.settings;
  }

  // During a full pass, the chain of elements from a root down to the one being checked: most lookups
  // are of that element and its parents (a VM, its hypervisor, its host, its cluster). Comparing a few
  // ids is much cheaper than a lookup in a 45,000-entry map.
  private path: readonly Element[] = NO_PATH;
  private pathIds: readonly string[] = NO_IDS;
  // The last few other elements and the last connection looked up (a vNIC's VLAN, a disk's pool).
  // Sound because a context's topology never changes.
  private k0: string | undefined;
  private k1: string | undefined;
  private k2: string | undefined;
  private k3: string | undefined;
  private v0: Element | undefined;
  private v1: Element | undefined;
  private v2: Element | undefined;
  private v3: Element | undefined;
  private next = 0;
  private ek: string | undefined;
  private ev: Relation | undefined;

  private lookup(id: string): Element | undefined {
    // Ids apart from their elements: comparing strings needs no load from elements of a dozen shapes.
    const ids = this.pathIds;
    for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === id) return this.path[i];
    if (id === this.k0) return this.v0;
    if (id === this.k1) return this.v1;
    if (id === this.k2) return this.v2;
    if (id === this.k3) return this.v3;
    const n = this.nodes.get(id);
    switch (this.next) {
      case 0: this.k0 = id; this.v0 = n; this.next = 1; break;
      case 1: this.k1 = id; this.v1 = n; this.next = 2; break;
      case 2: this.k2 = id; this.v2 = n; this.next = 3; break;
      default: this.k3 = id; this.v3 = n; this.next = 0;
    }
    return n;
  }

  /** Follows a full pass's walk: `path` is the chain of elements it is in (elements of this topology), `ids` their ids. */
  followPath(path: readonly Element[], ids: readonly string[]): void {
    this.path = path;
    this.pathIds = ids;
  }

  /** Hands over a connection the caller just fetched. */
  seenEdge(e: Relation): void {
    this.ek = e.id;
    this.ev = e;
  }

  private lookupEdge(id: string): Relation | undefined {
    if (id === this.ek) return this.ev;
    this.ek = id;
    return (this.ev = this.edges.get(id));
  }

  /** The element with this id, if any. */
  node(id: string | null | undefined): Element | undefined {
    return id ? this.lookup(id) : undefined;
  }

  /** The element with this id if it is of this kind. */
  nodeOf<K extends Kind>(id: string | null | undefined, kind: K): ElementByKind[K] | undefined {
    const n = id ? this.lookup(id) : undefined;
    return n && n.kind === kind ? (n as ElementByKind[K]) : undefined;
  }

  /** The connection with this id, if any. */
  edge(id: string): Relation | undefined {
    return this.lookupEdge(id);
  }

  /** The connection with this id if it is of this relation. */
  edgeOf<R extends RelationKind>(id: string, relation: R): RelationOf<R> | undefined {
    const e = this.lookupEdge(id);
    return e && e.relation === relation ? (e as RelationOf<R>) : undefined;
  }

  /** Elements of a kind (index order). */
  all<K extends Kind>(kind: K): ElementByKind[K][] {
    const out: ElementByKind[K][] = [];
    for (const id of this.ix.ofKind(kind)) out.push(this.t.nodes.get(id) as ElementByKind[K]);
    return out;
  }

  /** Elements of a kind nested directly in this one. */
  childrenOfKind<K extends Kind>(id: NodeId, kind: K): ElementByKind[K][] {
    return this.ix.lists.children(id, kind) as ElementByKind[K][];
  }

  /** Edges of one relation leaving a node. */
  outOf<R extends RelationKind>(id: NodeId, relation: R): RelationOf<R>[] {
    return this.ix.lists.out(id, relation) as RelationOf<R>[];
  }

  /** Edges of one relation arriving at a node. */
  inOf<R extends RelationKind>(id: NodeId, relation: R): RelationOf<R>[] {
    return this.ix.lists.in(id, relation) as RelationOf<R>[];
  }

  /** Nearest element of a kind among the node itself and its ancestors (runs-on chain). */
  upTo<K extends Kind>(id: string | null | undefined, kind: K): ElementByKind[K] | undefined {
    let n = id ? this.lookup(id) : undefined;
    for (let depth = 0; n && depth < 64; depth++) {
      if (n.kind === kind) return n as ElementByKind[K];
      n = n.parentId ? this.lookup(n.parentId) : undefined;
    }
    return undefined;
  }

  /** The physical host an element ultimately runs on (itself when it is a host). */
  hostOf(id: string | null | undefined): Host | undefined {
    return this.upTo(id, 'host');
  }

  /** The element and everything nested in it, depth first (memoised per pass). */
  subtree(id: NodeId): readonly NodeId[] {
    return this.memo(SUBTREE, id);
  }

  /** Hypervisors that own the host's hardware: directly on it or on its host OS (not nested ones). */
  hypervisorsOnHost(hostId: NodeId): Hypervisor[] {
    return this.memo(HYPERVISORSONHOST, hostId);
  }

  /** VMs running on the host's own hypervisors (nested guests count against their outer VM). */
  guestsOfHost(hostId: NodeId): Vm[] {
    return this.memo(GUESTSOFHOST, hostId);
  }

  /** Virtual switches on a cluster (distributed), memoised: every host and hypervisor of the cluster asks. */
  clusterSwitches(clusterId: NodeId): VSwitch[] {
    return this.memo(CLUSTERSWITCHES, clusterId);
  }

  /** Uplinks that take the host's traffic out: its own, its virtual switches', its cluster's distributed switches'. */
  hostUplinks(hostId: NodeId): RelationOf<'uplinksTo'>[] {
    return this.memo(HOSTUPLINKS, hostId);
  }

  /** VLAN ids the host's uplinks carry (trunk: its list; access: its one VLAN). */
  hostCarries(hostId: NodeId): ReadonlySet<number> {
    return this.memo(HOSTCARRIES, hostId);
  }

  /** Storage pools the host can reach: pools on the host itself and pools it has a storage path to. */
  hostPools(hostId: NodeId): ReadonlySet<NodeId> {
    return this.memo(HOSTPOOLS, hostId);
  }

  /** Subjects a rule currently reports (empty in a full pass). */
  flagged(ruleId: string): Flagged {
    return this.flaggedOf(ruleId);
  }

  /** The value of a memoised fact for this key, computed once per pass. */
  memo<T>(fact: Memo<T>, key: string): T {
    // Neighbouring checks ask for the same few keys (every VM of a host asks for the host's facts, a
    // host's vNICs for the subnets of three or four VLANs): the last four keys of each fact are a few
    // comparisons away, before a lookup in the fact's map.
    const b = fact.slot * RECENT;
    if (b >= this.recentKey.length) this.makeRoom();
    const k = this.recentKey;
    // Newest first: runs of checks ask for one key (every disk of a host for the host's pools), and
    // comparing two ids of the same length reads their text.
    const newest = this.recentNext[fact.slot]!;
    for (let j = 1; j <= RECENT; j++) {
      const i = b + ((newest - j) & (RECENT - 1));
      if (k[i] === key) return this.recentValue[i] as T;
    }
    const v = this.memoFor(fact, key);
    const i = b + (this.recentNext[fact.slot]! & (RECENT - 1));
    this.recentNext[fact.slot] = i - b + 1;
    k[i] = key;
    this.recentValue[i] = v;
    return v;
  }

  /** Room for facts declared after this context was made. */
  private makeRoom(): void {
    const pad = (n: number) => new Array<undefined>(n).fill(undefined);
    this.recentKey = [...this.recentKey, ...pad(RECENT * slots - this.recentKey.length)];
    this.recentValue = [...this.recentValue, ...pad(RECENT * slots - this.recentValue.length)];
    this.recentNext = [...this.recentNext, ...pad(slots - this.recentNext.length).map(() => 0)];
  }

  private memoFor<T>(fact: Memo<T>, key: string): T {
    const m = (this.memos[fact.slot] ??= new Map());
    const hit = m.get(key);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const v = fact.compute(this, key);
    m.set(key, v === undefined ? UNDEFINED : v);
    return v;
  }
}

const byNodeId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function computeSubtree(ctx: ValidationContext, id: string): NodeId[] {
  const out: NodeId[] = [];
  if (!ctx.t.nodes.has(id as NodeId)) return out;
  const stack: [NodeId, number][] = [[id as NodeId, 0]];
  while (stack.length) {
    const [p, depth] = stack.pop()!;
    out.push(p);
    if (depth >= 64) continue;
    const kids = ctx.ix.children(p);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!.id, depth + 1]);
  }
  return out;
}

function computeHypervisorsOnHost(ctx: ValidationContext, hostId: string): Hypervisor[] {
  const out: Hypervisor[] = [];
  for (const n of ctx.ix.children(hostId as NodeId)) {
    if (n.kind === 'hypervisor') out.push(n);
    else if (n.kind === 'hostOs') out.push(...ctx.childrenOfKind(n.id, 'hypervisor'));
  }
  // Index order depends on edit history; verdicts must not (ties pick the same hypervisor every time).
  return out.sort(byNodeId);
}

function computeGuestsOfHost(ctx: ValidationContext, hostId: string): Vm[] {
  const out: Vm[] = [];
  for (const h of ctx.hypervisorsOnHost(hostId as NodeId)) out.push(...ctx.childrenOfKind(h.id, 'vm'));
  return out;
}

function computeHostUplinks(ctx: ValidationContext, hostId: string): RelationOf<'uplinksTo'>[] {
  const out = ctx.outOf(hostId as NodeId, 'uplinksTo');
  for (const h of ctx.hypervisorsOnHost(hostId as NodeId)) for (const s of ctx.childrenOfKind(h.id, 'vswitch')) out.push(...ctx.outOf(s.id, 'uplinksTo'));
  const cluster = ctx.nodeOf(ctx.node(hostId)?.parentId, 'cluster');
  if (cluster) for (const s of ctx.clusterSwitches(cluster.id)) out.push(...ctx.outOf(s.id, 'uplinksTo'));
  return out;
}

function computeHostCarries(ctx: ValidationContext, hostId: string): Set<number> {
  const s = new Set<number>();
  for (const u of ctx.hostUplinks(hostId as NodeId)) for (const v of carriedBy(u)) s.add(v);
  return s;
}

function computeHostPools(ctx: ValidationContext, hostId: string): Set<NodeId> {
  const s = new Set<NodeId>();
  for (const p of ctx.childrenOfKind(hostId as NodeId, 'storagePool')) s.add(p.id);
  for (const e of ctx.outOf(hostId as NodeId, 'storagePath')) s.add(e.target);
  return s;
}

const SUBTREE = defineMemo('subtree', computeSubtree);
const CLUSTERSWITCHES = defineMemo('clusterSwitches', (ctx, id) => ctx.childrenOfKind(id as NodeId, 'vswitch'));
const HYPERVISORSONHOST = defineMemo('hypervisorsOnHost', computeHypervisorsOnHost);
const GUESTSOFHOST = defineMemo('guestsOfHost', computeGuestsOfHost);
const HOSTUPLINKS = defineMemo('hostUplinks', computeHostUplinks);
const HOSTCARRIES = defineMemo('hostCarries', computeHostCarries);
const HOSTPOOLS = defineMemo('hostPools', computeHostPools);

/** VLAN ids an uplink carries: a trunk all its tagged VLANs, an access port its single VLAN. */
export function carriedBy(u: RelationOf<'uplinksTo'>): readonly number[] {
  return u.props.mode === 'trunk' ? u.props.vlans : u.props.vlans.slice(0, 1);
}

/** Hardware threads of a host: sockets x cores x threads per core. */
export const hostThreads = (h: Host): number => h.sockets * h.coresPerSocket * h.threadsPerCore;
