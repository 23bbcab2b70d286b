import type { MigrationMode, StopPolicy } from '../../../model';

export const MIB = 1024 * 1024;

/** What a row of telemetry describes: a live pre-copy round, the paused copy, a post-copy phase, a cold copy. */
export type MigrationPhase = 'live' | 'stop-and-copy' | 'device-state' | 'postcopy' | 'cold';

/**
 * One row per round (per bitmap sync for QEMU). Hyphenated fields carry QEMU's `query-migrate`
 * names and units (bytes, pages/s, Mbit/s, ms) so real QEMU traces can be compared row by row.
 */
export interface RoundTelemetry {
  round: number;
  phase: MigrationPhase;
  startS: number;
  durationS: number;
  /** MiB put on the wire during this row. */
  sentMiB: number;
  /** Bytes sent so far. */
  transferred: number;
  /** Bytes still dirty after this row (what the next round must send). */
  remaining: number;
  /** Guest RAM, bytes. */
  total: number;
  'dirty-pages-rate': number;
  /** Transfer rate during this row, Mbit/s. */
  mbps: number;
  'dirty-sync-count': number;
  /** Remaining at the current rate, ms: what a switchover now would cost. */
  'expected-downtime': number;
  /** Downtime so far, ms (non-zero once the guest has been paused). */
  downtime: number;
  'postcopy-requests': number;
  'cpu-throttle-percentage': number;
}

/** Why the live phase ended (or why the migration did not complete). */
export type StopReason =
  | 'threshold-reached'
  | 'few-dirty-pages'
  | 'max-rounds'
  | 'data-cap'
  | 'fits-downtime-limit'
  | 'switched-to-postcopy'
  | 'timeout-aborted'
  | 'timeout-forced'
  | 'postcopy'
  | 'hybrid'
  | 'cold'
  | 'link-cut'
  | 'host-failed';

export interface MigrationResult {
  mode: MigrationMode;
  policy: StopPolicy;
  totalTimeS: number;
  downtimeMs: number;
  /** Live pre-copy rounds (the stop-and-copy is not counted). */
  rounds: number;
  transferredMiB: number;
  /** True when the live phase ended because the dirty set became small enough, not because a cap or timeout forced it. */
  converged: boolean;
  /** True when the VM ended on the destination. */
  completed: boolean;
  stopReason: StopReason;
  /** The stop reason as a sentence with the figures that triggered it. */
  stopDetail: string;
  postcopyRequests: number;
  /** Time the guest's vCPUs spent waiting on network page faults (post-copy). */
  faultStallMs: number;
  perRound: RoundTelemetry[];
}

/** MiB/s -> Mbit/s. */
export const mibsToMbps = (mibs: number): number => (mibs * MIB * 8) / 1e6;
/** Mbit/s -> MiB/s. */
export const mbpsToMibs = (mbps: number): number => (mbps * 1e6) / 8 / MIB;
