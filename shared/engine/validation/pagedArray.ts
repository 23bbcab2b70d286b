const PAGE_BITS = 13;
const PAGE = 1 << PAGE_BITS;
const MASK = PAGE - 1;

/**
 * A growable array kept in pages of 8,192 entries. V8 puts an array of more than ~16,000 entries in
 * its large-object space, where each one is a fresh mapping of memory: making a 32,000-entry array
 * cost ~1.2 ms here, two 16,000-entry ones ~0.04 ms. A full validation of the 10,000-VM design made
 * three such arrays per pass (connections by slot, the id table, the IP table): ~3.5 ms of ~50.
 */
export class PagedArray<T> {
  private readonly pages: (T | undefined)[][] = [];

  /** Room for `length` entries to start with (all undefined). */
  constructor(length = 0) {
    while (this.pages.length * PAGE < length) this.pages.push(new Array<T | undefined>(PAGE).fill(undefined));
  }

  /** How many entries there is room for (a multiple of the page size). */
  get capacity(): number {
    return this.pages.length * PAGE;
  }

  get(i: number): T | undefined {
    const page = this.pages[i >> PAGE_BITS];
    return page === undefined ? undefined : page[i & MASK];
  }

  set(i: number, v: T | undefined): void {
    const p = i >> PAGE_BITS;
    while (p >= this.pages.length) this.pages.push(new Array<T | undefined>(PAGE).fill(undefined));
    this.pages[p]![i & MASK] = v;
  }
}
