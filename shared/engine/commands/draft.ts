/**
 * Copy-on-write for a design's records (elements, connections, layout) while commands are applied.
 *
 * A command never changes the design it is given: it writes into a copy of each record it changes.
 * Copying a record costs O(size) — 10-25 ms for the 32,750 connections of a 10,000-VM design — so a
 * batch (a paste, a quick-fix) that copied on each of its steps cost O(steps × size): seconds for a
 * paste of 50 VMs. One draft serves a whole batch: the first step copies a record, and later steps
 * write into that copy, which no one else can see until the batch returns.
 */
export interface Draft {
  /** A record the current command may write into: one this draft made (written in place), or a fresh copy. */
  writable<T extends object>(record: Readonly<T>): T;
}

/** Copies on every write: what a single command outside a batch uses. */
export const COPY_EACH_TIME: Draft = {
  writable: <T extends object>(record: Readonly<T>): T => ({ ...record }) as T,
};

/** A draft for one batch: the records it has copied are its own to write into. */
export function batchDraft(): Draft {
  const own = new WeakSet<object>();
  return {
    writable<T extends object>(record: Readonly<T>): T {
      if (own.has(record)) return record as T;
      const copy = { ...record } as T;
      own.add(copy);
      return copy;
    },
  };
}
