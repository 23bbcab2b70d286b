/**
 * A binary min-heap of timed entries. Order: time, then priority (lower first), then insertion
 * sequence, so entries at the same instant always come out in the same order (determinism).
 */
export interface QueueEntry<T> {
  time: number;
  priority: number;
  seq: number;
  value: T;
}

/** Min-heap of timed entries with a deterministic tie-break. */
export class EventQueue<T> {
  private heap: QueueEntry<T>[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Adds a value at `time`; returns its entry (its `seq` identifies it). */
  push(time: number, value: T, priority = 0): QueueEntry<T> {
    const entry = { time, priority, seq: this.nextSeq++, value };
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
    return entry;
  }

  /** The earliest entry without removing it. */
  peek(): QueueEntry<T> | undefined {
    return this.heap[0];
  }

  /** Removes and returns the earliest entry. */
  pop(): QueueEntry<T> | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before<T>(a: QueueEntry<T>, b: QueueEntry<T>): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}
