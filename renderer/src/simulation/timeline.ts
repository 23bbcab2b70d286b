import type { MigrationPhase, RoundTelemetry } from '../../../shared/engine/sim/migration/telemetry';
import type { LoggedSimEvent, MigrationSummary } from './simTypes';
import { applyEvent, initialSnapshot, type SimSnapshot } from '../../../shared/engine/sim/scenario/replay';
import type { Design, MigrationMode, NodeId, StopPolicy } from '../../../shared/model';
import { bytesToMiB } from './format';

/** One migration as the log tells it: every row with the simulated time it finished. */
export interface MigrationTrack {
  id: string;
  vm: NodeId;
  from: NodeId;
  to: NodeId;
  mode: MigrationMode | null;
  policy: StopPolicy | null;
  queuedAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
  status: 'queued' | 'running' | 'completed' | 'aborted' | 'lost';
  /** Rows in order, with the simulated time each one ended (when the engine reported it). */
  rows: { row: RoundTelemetry; endT: number }[];
  /** The engine's summary (completed or aborted after starting). */
  summary: MigrationSummary | null;
  /** Why it was aborted, when it was. */
  abortReason: string | null;
  /** Guest memory, MiB (from the rows; 0 before the first row). */
  memoryMiB: number;
}

/** What the canvas animates for one migration at one instant. */
export interface MigrationFrame {
  id: string;
  vm: NodeId;
  from: NodeId;
  to: NodeId;
  status: MigrationTrack['status'];
  /** The row in flight (or the last one once finished); null before the first byte. */
  phase: MigrationPhase | null;
  /** "Round 3", "Stop-and-copy"… */
  label: string;
  /** Live round number (1-based) when in a live round. */
  round: number | null;
  /** Data of the row in flight, MiB. */
  rowMiB: number;
  /** How far the row in flight has got, 0..1. */
  rowFraction: number;
  /** MiB sent so far (interpolated within the row in flight). */
  sentMiB: number;
  /** Dirty memory still to send after the last finished row, MiB (the guest's RAM before the first). */
  remainingMiB: number;
  /** How much of the guest's memory the destination holds in a current state, 0..1. */
  copied: number;
  memoryMiB: number;
  /** The guest is paused now (stop-and-copy, device state, cold copy). */
  paused: boolean;
  /** The guest runs on the destination (post-copy, or done). */
  onDestination: boolean;
}

export const PHASE_LABEL: Record<MigrationPhase, string> = {
  live: 'Live round',
  'stop-and-copy': 'Stop-and-copy',
  'device-state': 'Device state',
  postcopy: 'Post-copy pull',
  cold: 'Cold copy',
};

/** The label of a row: "Round 3" for live rounds, the phase otherwise. */
export function rowLabel(row: RoundTelemetry, liveIndex: number): string {
  return row.phase === 'live' ? `Round ${liveIndex}` : PHASE_LABEL[row.phase];
}

/** Index of the first element with key > t (keys ascending). */
function upperBound<T>(xs: readonly T[], t: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Collects each migration's rows and fate from a log. */
export function migrationTracks(log: readonly LoggedSimEvent[]): MigrationTrack[] {
  const tracks = new Map<string, MigrationTrack>();
  const get = (id: string, vm: NodeId, from: NodeId, to: NodeId): MigrationTrack => {
    let m = tracks.get(id);
    if (!m) {
      m = { id, vm, from, to, mode: null, policy: null, queuedAt: null, startedAt: null, endedAt: null, status: 'queued', rows: [], summary: null, abortReason: null, memoryMiB: 0 };
      tracks.set(id, m);
    }
    return m;
  };
  for (const e of log) {
    switch (e.type) {
      case 'migration-queued':
        get(e.migration, e.vm, e.from, e.to).queuedAt = e.t;
        break;
      case 'migration-started': {
        const m = get(e.migration, e.vm, e.from, e.to);
        Object.assign(m, { startedAt: e.t, status: 'running', mode: e.mode, policy: e.policy });
        break;
      }
      case 'migration-round': {
        const m = tracks.get(e.migration);
        if (!m) break;
        m.rows.push({ row: e.row, endT: e.t });
        m.memoryMiB = bytesToMiB(e.row.total);
        break;
      }
      case 'migration-completed': {
        const m = tracks.get(e.migration);
        if (m) Object.assign(m, { status: 'completed', endedAt: e.t, summary: e.summary });
        break;
      }
      case 'migration-aborted': {
        const m = tracks.get(e.migration);
        if (m) Object.assign(m, { status: e.vmLost ? 'lost' : 'aborted', endedAt: e.t, abortReason: e.reason });
        break;
      }
      default:
        break;
    }
  }
  return [...tracks.values()];
}

const copiedOf = (memoryMiB: number, staleMiB: number): number => (memoryMiB > 0 ? Math.min(1, Math.max(0, 1 - Math.max(0, staleMiB) / memoryMiB)) : 0);

/** The frame of one migration at simulated time t, or null when it has not been asked for yet. */
export function migrationFrame(m: MigrationTrack, t: number): MigrationFrame | null {
  const asked = m.queuedAt ?? m.startedAt;
  if (asked === null || t < asked) return null;
  const base = { id: m.id, vm: m.vm, from: m.from, to: m.to, memoryMiB: m.memoryMiB };
  if (m.startedAt === null || t < m.startedAt) {
    return { ...base, status: 'queued', phase: null, label: 'Queued', round: null, rowMiB: 0, rowFraction: 0, sentMiB: 0, remainingMiB: m.memoryMiB, copied: 0, paused: false, onDestination: false };
  }
  const ended = m.endedAt !== null && t >= m.endedAt;
  const done = upperBound(m.rows, t, (r) => r.endT);
  const finished = m.rows.slice(0, done);
  const liveBefore = finished.filter((r) => r.row.phase === 'live').length;
  const last = finished[finished.length - 1];
  const sentBefore = last ? bytesToMiB(last.row.transferred) : 0;
  const remainingAfterLast = last ? bytesToMiB(last.row.remaining) : m.memoryMiB;
  if (ended || done >= m.rows.length) {
    const row = last?.row;
    const status = ended ? m.status : 'running';
    return {
      ...base,
      status,
      phase: row?.phase ?? null,
      label: ended ? (m.status === 'completed' ? 'Completed' : m.status === 'lost' ? 'VM lost' : 'Aborted') : row ? rowLabel(row, liveBefore) : 'Starting',
      round: row?.phase === 'live' ? liveBefore : null,
      rowMiB: row?.sentMiB ?? 0,
      rowFraction: row ? 1 : 0,
      sentMiB: sentBefore,
      remainingMiB: ended && m.status === 'completed' ? 0 : remainingAfterLast,
      copied: ended && m.status === 'completed' ? 1 : copiedOf(m.memoryMiB, remainingAfterLast),
      paused: false,
      onDestination: ended ? m.status === 'completed' : row ? row.phase === 'postcopy' : false,
    };
  }
  const current = m.rows[done]!;
  const start = current.endT - current.row.durationS;
  const fraction = current.row.durationS > 0 ? Math.min(1, Math.max(0, (t - start) / current.row.durationS)) : 0;
  const phase = current.row.phase;
  const live = liveBefore + (phase === 'live' ? 1 : 0);
  return {
    ...base,
    status: 'running',
    phase,
    label: rowLabel(current.row, live),
    round: phase === 'live' ? live : null,
    rowMiB: current.row.sentMiB,
    rowFraction: fraction,
    sentMiB: sentBefore + fraction * current.row.sentMiB,
    remainingMiB: remainingAfterLast,
    // The row in flight re-sends the dirty pages: the destination's copy catches up as it goes.
    copied: copiedOf(m.memoryMiB, remainingAfterLast - fraction * current.row.sentMiB),
    paused: phase === 'stop-and-copy' || phase === 'device-state' || phase === 'cold',
    onDestination: phase === 'postcopy',
  };
}

/** Index of the row in flight at t (the last row once all have ended), or null without rows. */
export function rowIndexAt(m: MigrationTrack, t: number): number | null {
  if (m.rows.length === 0) return null;
  return Math.min(m.rows.length - 1, upperBound(m.rows, t, (r) => r.endT));
}

/** What the canvas shows at one instant: the replayed state plus each migration's progress. */
export interface Frame {
  t: number;
  state: SimSnapshot;
  migrations: MigrationFrame[];
}

/**
 * A finished run's log, ready for playback: seek anywhere, step event by event. The state at a
 * time is the engine's own replay reducer applied to the log; moving forward applies only the
 * new events, moving back replays from the start (deterministic either way).
 */
export class Timeline {
  readonly end: number;
  readonly tracks: MigrationTrack[];
  /** Distinct event times, ascending: the stops of single-stepping. */
  readonly stops: number[];
  private cache: { cursor: number; state: SimSnapshot } | null = null;

  constructor(private readonly design: Design, readonly log: readonly LoggedSimEvent[]) {
    this.end = log.length > 0 ? log[log.length - 1]!.t : 0;
    this.tracks = migrationTracks(log);
    const stops: number[] = [];
    for (const e of log) if (stops.length === 0 || e.t > stops[stops.length - 1]!) stops.push(e.t);
    // Rows in flight also begin at a time of their own: make those stops too (round starts).
    for (const m of this.tracks) for (const r of m.rows) stops.push(Math.max(0, r.endT - r.row.durationS));
    this.stops = [...new Set(stops)].sort((a, b) => a - b);
  }

  /** The replayed state at t (events at exactly t included). */
  stateAt(t: number): SimSnapshot {
    const until = upperBound(this.log, t, (e) => e.t);
    if (!this.cache || this.cache.cursor > until) this.cache = { cursor: 0, state: initialSnapshot(this.design) };
    const c = this.cache;
    for (; c.cursor < until; c.cursor++) applyEvent(c.state, this.log[c.cursor]!);
    return structuredClone({ ...c.state, t });
  }

  frame(t: number): Frame {
    const migrations = this.tracks.map((m) => migrationFrame(m, t)).filter((f): f is MigrationFrame => f !== null);
    return { t, state: this.stateAt(t), migrations };
  }

  /** The next stop strictly after t (or the end). */
  next(t: number): number {
    const i = upperBound(this.stops, t + 1e-9, (x) => x);
    return i < this.stops.length ? this.stops[i]! : this.end;
  }

  /** The previous stop strictly before t (or 0). */
  prev(t: number): number {
    // Stops strictly below t - eps: the last of them.
    let lo = 0;
    let hi = this.stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.stops[mid]! < t - 1e-9) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.stops[lo - 1]! : 0;
  }

  /** Events that happened at or before t, newest last (for the event list). */
  eventsUntil(t: number): readonly LoggedSimEvent[] {
    return this.log.slice(0, upperBound(this.log, t, (e) => e.t));
  }
}
