import { isId } from '../kinds/common';
import { idSuffix } from '../integrity';
import { isPlainObject } from './warnings';

/** One raw record of `nodes` or `edges`: its key when stored as a map, its place when a list. */
export interface RawEntry { key: string | undefined; index: number; value: unknown }

/** Records of a map (the format) or a list (hand-written files): both are read. */
export function rawEntries(raw: unknown): RawEntry[] | undefined {
  if (Array.isArray(raw)) return raw.map((value, index) => ({ key: undefined, index, value }));
  if (isPlainObject(raw)) return Object.entries(raw).map(([key, value], index) => ({ key, index, value }));
  return undefined;
}

/** The id a raw record claims: its key in a map, its `id` field in a list. */
export function claimedId(e: RawEntry): unknown {
  return e.key ?? (isPlainObject(e.value) ? e.value.id : undefined);
}

/**
 * Hands out ids that collide with nothing in the file: `${prefix}-${seq}`, counting on from above
 * every number any id in the file ends with, as the engine's own `nextSeq` does.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  private handedOut = 1;
  private seq: number;

  constructor(claimed: readonly unknown[], rawNextSeq: unknown) {
    let max = 0;
    for (const id of claimed) if (typeof id === 'string') max = Math.max(max, idSuffix(id) ?? 0);
    const given = typeof rawNextSeq === 'number' && Number.isSafeInteger(rawNextSeq) && rawNextSeq >= 1 ? rawNextSeq : 0;
    this.seq = Math.max(given, max + 1);
  }

  /** Claims `id` if it is valid and free; otherwise undefined. */
  claim(id: unknown): string | undefined {
    if (!isId(id) || this.taken.has(id)) return undefined;
    this.taken.add(id);
    return id;
  }

  /** A new id no record uses. */
  fresh(prefix: string): string {
    let id = `${prefix}-${this.seq++}`;
    while (this.taken.has(id)) id = `${prefix}-${this.seq++}`;
    this.taken.add(id);
    this.handedOut = this.seq;
    return id;
  }

  /** The smallest nextSeq above the given surviving ids and every id handed out here. */
  nextSeqFor(survivors: readonly string[]): number {
    return Math.max(this.handedOut, ...survivors.map((id) => (idSuffix(id) ?? 0) + 1));
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}
