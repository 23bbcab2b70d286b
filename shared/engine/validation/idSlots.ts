import { PagedArray } from './pagedArray';

/** Not in the table. */
const ABSENT = -1;

/**
 * The number an id ends with ("vm-1234" -> 1234; its last nine digits at most). Ids the engine makes
 * are `${kind}-${seq}` with one sequence for the whole design, so this number alone tells almost every
 * id apart; ids with no digit at the end (hand-edited files) are hashed by their characters.
 */
function hashOf(id: string): number {
  let n = 0;
  let scale = 1;
  for (let i = id.length - 1; i >= 0 && scale < 1e9; i--) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n += c * scale;
    scale *= 10;
  }
  if (scale > 1) return n;
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 1;
}

/**
 * Element id -> slot number: an open-addressing table in typed arrays, keyed by the number an id
 * ends with. A full validation gives 12,666 ids their slots; a Map spent ~3 ms per pass on that
 * (hashing every string and growing its table a dozen times), this table a fraction, as it is made
 * with room for every id from the start and most keys are told apart without reading their text.
 */
export class IdSlots {
  private keys: PagedArray<string>;
  private values: Int32Array;
  private size: number;
  private count = 0;

  /** Room for this many ids before the table grows. */
  constructor(expected = 1024) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.size = size;
    this.keys = new PagedArray<string>(size);
    this.values = new Int32Array(size);
  }

  /** The table index where `id` is, or the empty one where it would go. */
  private indexOf(id: string): number {
    const mask = this.size - 1;
    let i = hashOf(id) & mask;
    for (let k = this.keys.get(i); k !== undefined && k !== id; k = this.keys.get(i)) i = (i + 1) & mask;
    return i;
  }

  /** The slot of an id, or -1. */
  get(id: string): number {
    const i = this.indexOf(id);
    return this.keys.get(i) === undefined ? ABSENT : this.values[i]!;
  }

  /** Gives an id its slot (ids are never removed: a removed element's id keeps its slot). */
  set(id: string, slot: number): void {
    const i = this.indexOf(id);
    if (this.keys.get(i) === undefined) {
      this.keys.set(i, id);
      if (++this.count * 2 > this.size) {
        this.values[i] = slot;
        this.grow();
        return;
      }
    }
    this.values[i] = slot;
  }

  private grow(): void {
    const { keys, values, size } = this;
    this.size = size * 2;
    this.keys = new PagedArray<string>(this.size);
    this.values = new Int32Array(this.size);
    for (let j = 0; j < size; j++) {
      const k = keys.get(j);
      if (k === undefined) continue;
      const i = this.indexOf(k);
      this.keys.set(i, k);
      this.values[i] = values[j]!;
    }
  }
}
