import type { MemoryModel, Transfer, TransferOptions } from './memoryModel';

/** Bytes QEMU puts on the wire for an all-zero page (8-byte header + 1 fill byte). */
export const ZERO_PAGE_WIRE_BYTES = 9;

/**
 * The analytic (fluid) memory model of DOMAIN.md §4: the guest dirties D MiB/s, all within its
 * writable working set W, so a bitmap sync after t seconds adds min(D·t, W) to the known-dirty set.
 * With the classic round loop this is exactly V_0 = M, V_i = min(D·T_{i-1}, W).
 */
export class FluidMemory implements MemoryModel {
  private known: number;
  private knownHot: number;
  private knownZero: number;
  private dirtied = 0;
  private dirtyRate: number;

  constructor(
    readonly totalMiB: number,
    private readonly wwsMiB: number,
    dirtyRateMiBs: number,
    touchedMiB: number,
    private readonly pageKiB: number,
  ) {
    this.known = totalMiB;
    this.knownHot = wwsMiB;
    this.knownZero = Math.max(0, totalMiB - Math.max(touchedMiB, wwsMiB));
    this.dirtyRate = dirtyRateMiBs;
  }

  remainingMiB(): number {
    return this.known;
  }

  hotRemainingMiB(): number {
    return this.knownHot;
  }

  transfer(maxMiB: number, rateMiBs: number, opts: TransferOptions): Transfer {
    const take = Math.min(maxMiB, this.known);
    if (take <= 0) return { wireMiB: 0, takenMiB: 0 };
    const hotShare = this.known > 0 ? this.knownHot / this.known : 0;
    const zeroShare = opts.zeroPages && this.known > 0 ? this.knownZero / this.known : 0;
    let wire: number;
    if (opts.skipRedirtied && opts.guestRunning && this.dirtyRate > 0 && this.wwsMiB > 0) {
      wire = rateMiBs * skippingScanTime(take, rateMiBs, hotShare, this.dirtyRate / this.wwsMiB);
    } else {
      const zeroWire = (take * zeroShare * ZERO_PAGE_WIRE_BYTES) / (this.pageKiB * 1024);
      wire = take * (1 - zeroShare) + zeroWire;
    }
    this.known -= take;
    this.knownHot -= take * hotShare;
    this.knownZero -= take * zeroShare;
    if (this.known < 1e-12) this.known = this.knownHot = this.knownZero = 0;
    return { wireMiB: Math.min(wire, take), takenMiB: take };
  }

  elapse(seconds: number): void {
    this.dirtied += this.dirtyRate * seconds;
  }

  sync(): { remainingMiB: number; dirtiedMiB: number } {
    const added = Math.min(this.dirtied, this.wwsMiB);
    // Newly dirtied pages are hot; together with known hot pages they can never exceed W.
    const hot = Math.min(this.wwsMiB, this.knownHot + added);
    this.known = this.known - this.knownHot + hot;
    this.knownHot = hot;
    this.dirtied = 0;
    return { remainingMiB: this.known, dirtiedMiB: added };
  }

  setDirtyRate(mibs: number): void {
    this.dirtyRate = mibs;
  }
}

/**
 * Seconds to scan `x` MiB of known-dirty pages at rate R when pages re-dirtied before their turn
 * are skipped (cost nothing). A fraction b of the scanned pages is hot; each hot page is re-dirtied
 * at k = D/W per second (writes spread uniformly over W). From dt/dx = (1 - b(1 - e^{-kt}))/R:
 * t = (1/k)·ln((e^{a·k·x/R} - b)/a) with a = 1 - b, and t = (1/k)·ln(1 + k·x/R) when b = 1.
 */
export function skippingScanTime(x: number, rate: number, b: number, k: number): number {
  if (k <= 0 || b <= 0) return x / rate;
  const a = 1 - b;
  if (a < 1e-9) return Math.log1p((k * x) / rate) / k;
  const z = (a * k * x) / rate;
  // ln(e^z - b) - ln(a), written to stay finite for large z.
  return (z + Math.log1p(-b * Math.exp(-z)) - Math.log(a)) / k;
}
