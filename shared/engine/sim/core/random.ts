/**
 * A seeded pseudo-random source (mulberry32: 32-bit state, period 2^32). Every random choice of a
 * simulation goes through one of these, so the same seed replays the same run, event for event.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** The generator's state, to fork or snapshot a run. */
  state(): number;
}

/** A mulberry32 generator seeded with any integer (non-integers are truncated). */
export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), state: () => s };
}
