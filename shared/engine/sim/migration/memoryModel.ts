/** How a transfer is done: the guest may be running (and dirtying) or paused. */
export interface TransferOptions {
  guestRunning: boolean;
  /** Skip known pages that were re-dirtied before their turn (Xen legacy). */
  skipRedirtied: boolean;
  /** Send untouched (all-zero) pages as a few bytes each (QEMU). */
  zeroPages: boolean;
}

/** Outcome of one planned transfer. */
export interface Transfer {
  /** MiB actually put on the wire. */
  wireMiB: number;
  /** MiB taken off the known-dirty set (sent, skipped or zero). */
  takenMiB: number;
}

/**
 * Guest memory as migration sees it: a known-dirty set still to send (the migration bitmap) and
 * pages dirtied since the last bitmap sync. Two implementations: an analytic fluid model (DOMAIN.md
 * §4 formulas) and a page-level bitmap with seeded random writes.
 */
export interface MemoryModel {
  readonly totalMiB: number;
  /** Known-dirty MiB not yet sent (QEMU's pending estimate). */
  remainingMiB(): number;
  /** Sends up to `maxMiB` of the known set at `rateMiBs`. */
  transfer(maxMiB: number, rateMiBs: number, opts: TransferOptions): Transfer;
  /** Lets `seconds` of guest execution pass (the page model already wrote during its transfer). */
  elapse(seconds: number): void;
  /** Merges what was dirtied since the last sync into the known set (a bitmap sync). */
  sync(): { remainingMiB: number; dirtiedMiB: number };
  /** Effective dirty rate from now on (after a workload change or CPU throttling). */
  setDirtyRate(mibs: number): void;
  /** Known-dirty MiB that lie in the hot set (post-copy faults can only hit those). */
  hotRemainingMiB(): number;
}
