/**
 * Copy-on-write for a design's records (elements, connections, layout) while commands are applied.
 *
 * A command never changes the design it is given: it writes into a copy of each record it changes.
 * Copying costs O(size) — a few milliseconds for the 32,750 connections of a 10,000-VM design — so a
 * batch (a paste, a quick-fix) that copied on each of its steps cost O(steps × size): seconds for a
 * paste of 50 VMs. One draft serves a whole batch: the first step copies a record, and later steps
 * write into that copy, which no one else can see until the batch returns.
 */
export interface Draft {
  /** A record the current command may write into: one this draft made (written in place), or a fresh copy. */
  writable<T extends object>(record: Readonly<T>): T;
  /** The same for a Map (a topology's elements and connections). */
  writableMap<K, V>(map: ReadonlyMap<K, V>): Map<K, V>;
}

/** Copies on every write: what a single command outside a batch uses. */
export const COPY_EACH_TIME: Draft = {
  writable: <T extends object>(record: Readonly<T>): T => ({ ...record }) as T,
  writableMap: <K, V>(map: ReadonlyMap<K, V>): Map<K, V> => new Map(map),
};

/** A draft for one batch: the records it has copied are its own to write into. */
export function batchDraft(): Draft {
  const own = new WeakSet<object>();
  const mine = <T extends object>(copy: T): T => {
    own.add(copy);
    return copy;
  };
  return {
    writable<T extends object>(record: Readonly<T>): T {
      return own.has(record) ? (record as T) : mine({ ...record } as T);
    },
    writableMap<K, V>(map: ReadonlyMap<K, V>): Map<K, V> {
      return own.has(map) ? (map as Map<K, V>) : mine(new Map(map));
    },
  };
}
