import type { Random } from '../core/random';
import { ZERO_PAGE_WIRE_BYTES } from './fluidMemory';
import type { MemoryModel, Transfer, TransferOptions } from './memoryModel';

/** Hot pages come in extents of this many pages, so the hot set has the locality real guests show. */
const HOT_EXTENT_PAGES = 256;

/**
 * Page-level memory: a migration bitmap (known-dirty pages, sent in address order), a dirty bitmap
 * filled by seeded random writes to the hot set at the dirty rate, interleaved page by page with
 * the transfer. Untouched pages outside the hot set are zero pages.
 */
export class PageMemory implements MemoryModel {
  readonly pages: number;
  readonly pageMiB: number;
  readonly hot: Int32Array;
  readonly isHot: Uint8Array;
  private readonly touchedPages: number;
  private readonly inKnown: Uint8Array;
  private readonly dirty: Uint8Array;
  private dirtyList: Int32Array;
  private dirtyCount = 0;
  private knownList: Int32Array;
  private knownPos = 0;
  private knownCount: number;
  private knownHot: number;
  private writesPerS: number;
  private writeCarry = 0;

  constructor(
    readonly totalMiB: number,
    wwsMiB: number,
    dirtyRateMiBs: number,
    touchedMiB: number,
    pageKiB: number,
    private readonly random: Random,
  ) {
    this.pageMiB = pageKiB / 1024;
    this.pages = Math.ceil(totalMiB / this.pageMiB);
    this.touchedPages = Math.ceil(touchedMiB / this.pageMiB);
    this.hot = pickHotPages(this.pages, Math.round(wwsMiB / this.pageMiB), random);
    this.isHot = new Uint8Array(this.pages);
    for (const p of this.hot) this.isHot[p] = 1;
    this.inKnown = new Uint8Array(this.pages).fill(1);
    this.dirty = new Uint8Array(this.pages);
    this.dirtyList = new Int32Array(Math.max(16, this.hot.length));
    this.knownList = new Int32Array(this.pages);
    for (let i = 0; i < this.pages; i++) this.knownList[i] = i;
    this.knownCount = this.pages;
    this.knownHot = this.hot.length;
    this.writesPerS = dirtyRateMiBs / this.pageMiB;
  }

  remainingMiB(): number {
    return this.knownCount * this.pageMiB;
  }

  hotRemainingMiB(): number {
    return this.knownHot * this.pageMiB;
  }

  transfer(maxMiB: number, rateMiBs: number, opts: TransferOptions): Transfer {
    const pageTime = this.pageMiB / rateMiBs;
    const zeroTime = ZERO_PAGE_WIRE_BYTES / (rateMiBs * 1024 * 1024);
    const maxPages = Math.min(this.knownCount, Math.ceil(maxMiB / this.pageMiB - 1e-9));
    const wps = opts.guestRunning ? this.writesPerS : 0;
    const skip = opts.skipRedirtied;
    const zeroPages = opts.zeroPages;
    const base = this.writeCarry;
    // Writes fall due at times (n + 1 - base) / wps; compare against the next one instead of flooring per page.
    let writesDone = 0;
    let nextWrite = wps > 0 ? (1 - base) / wps : Infinity;
    let t = 0;
    let wirePages = 0;
    let zeroSent = 0;
    let taken = 0;
    let hotTaken = 0;
    const list = this.knownList;
    const inKnown = this.inKnown;
    const dirty = this.dirty;
    const isHot = this.isHot;
    const touched = this.touchedPages;
    let pos = this.knownPos;
    const end = list.length;
    const hotPages = this.hot;
    const hotCount = hotPages.length;
    const random = this.random;
    while (taken < maxPages && pos < end) {
      const p = list[pos++]!;
      if (inKnown[p] === 0) continue;
      while (t >= nextWrite) {
        // A write lands on a random hot page (inlined: this loop runs once per page of guest memory).
        if (hotCount > 0) {
          const w = hotPages[Math.floor(random.next() * hotCount)]!;
          if (dirty[w] === 0) this.markDirty(w);
        }
        writesDone++;
        nextWrite = (writesDone + 1 - base) / wps;
      }
      inKnown[p] = 0;
      taken++;
      const hot = isHot[p] === 1;
      if (hot) hotTaken++;
      if (skip && dirty[p] === 1) continue;
      if (zeroPages && p >= touched && !hot) {
        zeroSent++;
        t += zeroTime;
      } else {
        wirePages++;
        t += pageTime;
      }
    }
    this.knownPos = pos;
    this.knownCount -= taken;
    this.knownHot -= hotTaken;
    while (t >= nextWrite) {
      this.write();
      writesDone++;
      nextWrite = (writesDone + 1 - base) / wps;
    }
    this.writeCarry = wps > 0 ? base + t * wps - writesDone : base;
    const wireMiB = wirePages * this.pageMiB + (zeroSent * ZERO_PAGE_WIRE_BYTES) / (1024 * 1024);
    return { wireMiB, takenMiB: taken * this.pageMiB };
  }

  elapse(): void {
    // Writes were interleaved with the transfer that took this time.
  }

  sync(): { remainingMiB: number; dirtiedMiB: number } {
    const next = new Int32Array(this.knownCount + this.dirtyCount);
    let n = 0;
    for (let i = this.knownPos; i < this.knownList.length; i++) {
      const p = this.knownList[i]!;
      if (this.inKnown[p]) next[n++] = p;
    }
    for (let i = 0; i < this.dirtyCount; i++) {
      const p = this.dirtyList[i]!;
      this.dirty[p] = 0;
      if (!this.inKnown[p]) {
        this.inKnown[p] = 1;
        next[n++] = p;
        this.knownCount++;
        this.knownHot++;
      }
    }
    const dirtiedMiB = this.dirtyCount * this.pageMiB;
    this.dirtyCount = 0;
    this.knownList = next.subarray(0, n).sort();
    this.knownPos = 0;
    return { remainingMiB: this.remainingMiB(), dirtiedMiB };
  }

  setDirtyRate(mibs: number): void {
    this.writesPerS = mibs / this.pageMiB;
  }

  /** Pages still known-dirty (to be sent), for a post-copy phase that pulls them. */
  knownPages(): Int32Array {
    const out = new Int32Array(this.knownCount);
    let n = 0;
    for (let i = this.knownPos; i < this.knownList.length; i++) {
      const p = this.knownList[i]!;
      if (this.inKnown[p]) out[n++] = p;
    }
    return out;
  }

  private write(): void {
    if (this.hot.length === 0) return;
    const p = this.hot[this.random.int(this.hot.length)]!;
    if (!this.dirty[p]) this.markDirty(p);
  }

  private markDirty(p: number): void {
    this.dirty[p] = 1;
    if (this.dirtyCount === this.dirtyList.length) {
      const grown = new Int32Array(this.dirtyList.length * 2);
      grown.set(this.dirtyList);
      this.dirtyList = grown;
    }
    this.dirtyList[this.dirtyCount++] = p;
  }
}

/** A hot set of `count` pages made of randomly placed extents, in address order. */
export function pickHotPages(pages: number, count: number, random: Random): Int32Array {
  const want = Math.min(pages, Math.max(0, count));
  const extents = Math.ceil(pages / HOT_EXTENT_PAGES);
  const need = Math.ceil(want / HOT_EXTENT_PAGES);
  const order = new Int32Array(extents);
  for (let i = 0; i < extents; i++) order[i] = i;
  for (let i = 0; i < need; i++) {
    const j = i + random.int(extents - i);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  const chosen = order.subarray(0, need).sort();
  const hot = new Int32Array(want);
  let n = 0;
  for (const e of chosen) {
    for (let p = e * HOT_EXTENT_PAGES; p < Math.min(pages, (e + 1) * HOT_EXTENT_PAGES) && n < want; p++) hot[n++] = p;
  }
  return hot.subarray(0, n);
}
