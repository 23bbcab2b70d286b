import type { Element, Kind, Relation, RelationKind } from '../../model';
import { IdSlots } from './idSlots';
import { PagedArray } from './pagedArray';

/** No slot: the end of a list, or an id the lists never saw. */
export const NONE = -1;
/** Entries in the cache of connection targets' slots (a power of two). */
const TARGET_CACHE = 1024;

/** `a`, or a copy twice as long (or more) that can hold index `i`; new entries are NONE. */
function room(a: Int32Array, i: number): Int32Array {
  if (i < a.length) return a;
  let n = a.length * 2;
  while (n <= i) n *= 2;
  const b = new Int32Array(n).fill(NONE);
  b.set(a);
  return b;
}

/**
 * What is nested in each element and which connections leave and arrive at it, as linked lists of slot
 * numbers in typed arrays (first, last and next entry). A whole index is then a few large arrays rather
 * than ~25,000 small objects and arrays; it lives through the whole validation pass, and the young
 * generation's collector copied those small objects once per pass (~8 ms of a full validation of the
 * benchmark design). Lists keep insertion order; elements and connections are the topology's own objects.
 */
export class AdjacencyLists {
  /** Element id -> slot; kept once given, also for ids only referred to (a missing parent or endpoint). */
  private readonly slots: IdSlots;
  private readonly targetIds = new Array<string | undefined>(TARGET_CACHE).fill(undefined);
  private readonly targetSlots = new Int32Array(TARGET_CACHE);
  /** Ids that have a slot but no element: referred to before their element came, or removed. */
  private readonly vacant = new Set<string>();
  // Element and connection arrays are made with room for the whole design and filled by count: pushing
  // 45,000 entries one by one grew and copied them a dozen times per build.
  private nodes: (Element | undefined)[];
  private nodeCount = 0;
  private firstKid: Int32Array;
  private lastKid: Int32Array;
  private nextSibling: Int32Array;
  private firstOut: Int32Array;
  private lastOut: Int32Array;
  private firstIn: Int32Array;
  private lastIn: Int32Array;
  /** Connection slot -> connection; slots of removed connections are reused. */
  private readonly edges: PagedArray<Relation>;
  private edgeCount = 0;
  private readonly freeEdges: number[] = [];
  private nextOut: Int32Array;
  private nextIn: Int32Array;
  // Records list a hypervisor's VMs, or a VM's vNICs and disks, one after another: the slot last used
  // for a parent or a source usually serves the next one.
  private lastParentId: string | undefined;
  private lastParentSlot = NONE;
  private lastSourceId: string | undefined;
  private lastSourceSlot = NONE;

  /** Room for this many elements and connections to start with (it grows as needed). */
  constructor(nodes = 1024, edges = 1024) {
    const n = Math.max(16, nodes);
    const e = Math.max(16, edges);
    this.slots = new IdSlots(n);
    this.firstKid = new Int32Array(n).fill(NONE);
    this.lastKid = new Int32Array(n).fill(NONE);
    this.nextSibling = new Int32Array(n).fill(NONE);
    this.firstOut = new Int32Array(n).fill(NONE);
    this.lastOut = new Int32Array(n).fill(NONE);
    this.firstIn = new Int32Array(n).fill(NONE);
    this.lastIn = new Int32Array(n).fill(NONE);
    this.nextOut = new Int32Array(e).fill(NONE);
    this.nextIn = new Int32Array(e).fill(NONE);
    this.nodes = new Array<Element | undefined>(n).fill(undefined);
    this.edges = new PagedArray<Relation>(e);
  }

  /** The slot of an id, given on first use. */
  private slotFor(id: string): number {
    const s = this.slots.get(id);
    if (s !== NONE) return s;
    this.vacant.add(id);
    return this.newSlot(id);
  }

  /** A new slot for an id the lists have not seen. */
  private newSlot(id: string): number {
    const s = this.nodeCount++;
    this.slots.set(id, s);
    if (s >= this.firstKid.length) {
      this.firstKid = room(this.firstKid, s);
      this.lastKid = room(this.lastKid, s);
      this.nextSibling = room(this.nextSibling, s);
      this.firstOut = room(this.firstOut, s);
      this.lastOut = room(this.lastOut, s);
      this.firstIn = room(this.firstIn, s);
      this.lastIn = room(this.lastIn, s);
      this.nodes.length = this.firstKid.length;
      this.nodes.fill(undefined, s);
    }
    return s;
  }

  /**
   * The slot of a connection's target. Connections point at a few hundred targets (VLANs, pools,
   * switches) in interleaved runs: a small direct-mapped cache, indexed by the id's length and last
   * characters, answers most without a lookup in the 12,000-entry map (slots never change once given).
   */
  private targetSlot(id: string): number {
    const n = id.length;
    const h = (n * 961 + id.charCodeAt(n - 1) * 31 + id.charCodeAt(n - 2) * 7 + id.charCodeAt(n - 3)) & (TARGET_CACHE - 1);
    if (this.targetIds[h] === id) return this.targetSlots[h]!;
    const s = this.slotFor(id);
    this.targetIds[h] = id;
    this.targetSlots[h] = s;
    return s;
  }

  /** The slot of an id, or NONE when the lists never saw it. */
  slotOf(id: string): number {
    return this.slots.get(id);
  }

  /** Adds an element under its parent (at the end of the parent's children). */
  addNode(n: Element): number {
    // Most elements are new here: one hash insertion rather than a lookup and an insertion.
    const s = this.vacant.size && this.vacant.delete(n.id) ? this.slots.get(n.id) : this.newSlot(n.id);
    this.nodes[s] = n;
    if (n.parentId) {
      if (n.parentId !== this.lastParentId) {
        this.lastParentId = n.parentId;
        this.lastParentSlot = this.slotFor(n.parentId);
      }
      const p = this.lastParentSlot;
      this.nextSibling[s] = NONE;
      if (this.lastKid[p] === NONE) this.firstKid[p] = s;
      else this.nextSibling[this.lastKid[p]!] = s;
      this.lastKid[p] = s;
    }
    return s;
  }

  /** Removes an element from under its parent (as it was added). */
  removeNode(n: Element): void {
    const s = this.slots.get(n.id);
    if (s === NONE) return;
    this.nodes[s] = undefined;
    this.vacant.add(n.id);
    const p = n.parentId ? this.slots.get(n.parentId) : NONE;
    if (p === NONE) return;
    let prev = NONE;
    for (let k = this.firstKid[p]!; k !== NONE; prev = k, k = this.nextSibling[k]!) {
      if (k !== s) continue;
      const next = this.nextSibling[k]!;
      if (prev === NONE) this.firstKid[p] = next;
      else this.nextSibling[prev] = next;
      if (this.lastKid[p] === k) this.lastKid[p] = prev;
      this.nextSibling[k] = NONE;
      return;
    }
  }

  /** Adds a connection at the end of its source's outgoing and its target's incoming lists. */
  addEdge(e: Relation): void {
    const es = this.freeEdges.length ? this.freeEdges.pop()! : this.edgeCount++;
    if (es >= this.nextOut.length) {
      this.nextOut = room(this.nextOut, es);
      this.nextIn = room(this.nextIn, es);
    }
    this.edges.set(es, e);
    if (e.source !== this.lastSourceId) {
      this.lastSourceId = e.source;
      this.lastSourceSlot = this.slotFor(e.source);
    }
    const src = this.lastSourceSlot;
    this.nextOut[es] = NONE;
    if (this.lastOut[src] === NONE) this.firstOut[src] = es;
    else this.nextOut[this.lastOut[src]!] = es;
    this.lastOut[src] = es;
    const tgt = this.targetSlot(e.target);
    this.nextIn[es] = NONE;
    if (this.lastIn[tgt] === NONE) this.firstIn[tgt] = es;
    else this.nextIn[this.lastIn[tgt]!] = es;
    this.lastIn[tgt] = es;
  }

  /** Removes a connection (found by id among its source's outgoing ones). */
  removeEdge(e: Relation): void {
    const src = this.slots.get(e.source);
    const tgt = this.slots.get(e.target);
    if (src === NONE || tgt === NONE) return;
    let es = NONE;
    let prev = NONE;
    for (let k = this.firstOut[src]!; k !== NONE; prev = k, k = this.nextOut[k]!) {
      if (this.edges.get(k)!.id !== e.id) continue;
      es = k;
      const next = this.nextOut[k]!;
      if (prev === NONE) this.firstOut[src] = next;
      else this.nextOut[prev] = next;
      if (this.lastOut[src] === k) this.lastOut[src] = prev;
      break;
    }
    if (es === NONE) return;
    prev = NONE;
    for (let k = this.firstIn[tgt]!; k !== NONE; prev = k, k = this.nextIn[k]!) {
      if (k !== es) continue;
      const next = this.nextIn[k]!;
      if (prev === NONE) this.firstIn[tgt] = next;
      else this.nextIn[prev] = next;
      if (this.lastIn[tgt] === k) this.lastIn[tgt] = prev;
      break;
    }
    this.edges.set(es, undefined);
    this.freeEdges.push(es);
  }

  /** Elements whose parent is missing (their parent's id has children but no element). */
  orphans(): Element[] {
    const out: Element[] = [];
    for (let s = 0; s < this.nodeCount; s++) {
      if (this.nodes[s] || this.firstKid[s] === NONE) continue;
      for (let k = this.firstKid[s]!; k !== NONE; k = this.nextSibling[k]!) out.push(this.nodes[k]!);
    }
    return out;
  }

  // Slot-level reads, for a walk down the forest without building arrays.
  node(s: number): Element | undefined {
    return this.nodes[s];
  }
  firstKidOf(s: number): number {
    return this.firstKid[s]!;
  }
  nextSiblingOf(s: number): number {
    return this.nextSibling[s]!;
  }
  firstOutOf(s: number): number {
    return this.firstOut[s]!;
  }
  nextOutOf(es: number): number {
    return this.nextOut[es]!;
  }
  edge(es: number): Relation {
    return this.edges.get(es)!;
  }

  /** Elements nested directly in the element (of one kind, if given). */
  children(id: string, kind?: Kind): Element[] {
    const out: Element[] = [];
    const s = this.slots.get(id);
    if (s === NONE) return out;
    for (let k = this.firstKid[s]!; k !== NONE; k = this.nextSibling[k]!) {
      const n = this.nodes[k]!;
      if (kind === undefined || n.kind === kind) out.push(n);
    }
    return out;
  }

  /** Calls `fn` with each connection of a relation leaving a child of a kind (a hypervisor's VMs' disks). */
  eachChildOut(id: string, kind: Kind, relation: RelationKind, fn: (child: Element, e: Relation) => void): void {
    const s = this.slots.get(id);
    if (s === NONE) return;
    for (let k = this.firstKid[s]!; k !== NONE; k = this.nextSibling[k]!) {
      const n = this.nodes[k]!;
      if (n.kind !== kind) continue;
      for (let o = this.firstOut[k]!; o !== NONE; o = this.nextOut[o]!) {
        const e = this.edges.get(o)!;
        if (e.relation === relation) fn(n, e);
      }
    }
  }

  /** Connections leaving the element (of one relation, if given). */
  out(id: string, relation?: RelationKind): Relation[] {
    const out: Relation[] = [];
    const s = this.slots.get(id);
    if (s === NONE) return out;
    for (let k = this.firstOut[s]!; k !== NONE; k = this.nextOut[k]!) {
      const e = this.edges.get(k)!;
      if (relation === undefined || e.relation === relation) out.push(e);
    }
    return out;
  }

  /** Connections arriving at the element (of one relation, if given). */
  in(id: string, relation?: RelationKind): Relation[] {
    const out: Relation[] = [];
    const s = this.slots.get(id);
    if (s === NONE) return out;
    for (let k = this.firstIn[s]!; k !== NONE; k = this.nextIn[k]!) {
      const e = this.edges.get(k)!;
      if (relation === undefined || e.relation === relation) out.push(e);
    }
    return out;
  }
}

