import type { MigrationPhase, RoundTelemetry } from '../../../shared/engine/sim/migration/telemetry';
import type { LoggedSimEvent, MigrationSummary } from './simTypes';
import { explainStop, lambdaNote } from './concepts';
import { bytesToMiB, mib, ms, plural, seconds } from './format';
import { migrationTracks, rowLabel, type MigrationTrack } from './timeline';

/** One bar group of the per-round chart. */
export interface RoundPoint {
  /** Index into the rows (for highlighting the row in flight). */
  index: number;
  label: string;
  phase: MigrationPhase;
  sentMiB: number;
  /** Dirty memory left after the row (what the next round must send). */
  remainingMiB: number;
  durationS: number;
}

/** Chart points from telemetry rows: data sent per row and dirty memory remaining after it. */
export function roundPoints(rows: readonly RoundTelemetry[]): RoundPoint[] {
  let live = 0;
  return rows.map((row, index) => {
    if (row.phase === 'live') live++;
    return { index, label: row.phase === 'live' ? `R${live}` : shortPhase(row.phase), phase: row.phase, sentMiB: row.sentMiB, remainingMiB: bytesToMiB(row.remaining), durationS: row.durationS };
  });
}

const shortPhase = (p: MigrationPhase): string => ({ live: 'R', 'stop-and-copy': 'S&C', 'device-state': 'Dev', postcopy: 'Post', cold: 'Cold' })[p];

/** Labels of every row ("Round 1"… "Stop-and-copy"), in order. */
export function rowLabels(rows: readonly RoundTelemetry[]): string[] {
  let live = 0;
  return rows.map((r) => {
    if (r.phase === 'live') live++;
    return rowLabel(r, live);
  });
}

/** A headline figure of a finished migration. */
export interface Figure { key: 'total' | 'downtime' | 'rounds' | 'sent' | 'converged'; label: string; value: string; detail: string }

/** The lab's result: the engine's own figures and sentences, put into words for the panel. */
export interface MigrationView {
  track: MigrationTrack;
  summary: MigrationSummary | null;
  rows: RoundTelemetry[];
  figures: Figure[];
  /** What happened, in sentences (stop reason meaning + the engine's detail). */
  explanation: string;
  /** λ note when the network rate is known. */
  lambda: string | null;
  completed: boolean;
  /** The rate the design's migration network gave the transfer when it started (MiB/s), from the engine's log. */
  networkMiBs: number | null;
}

/**
 * Builds the lab's view of the (first) migration in a log, or null when there is none. `summary`
 * is the engine's figures when the log does not carry them (an aborted migration's abort event
 * has only its reason).
 */
export function migrationView(log: readonly LoggedSimEvent[], given: MigrationSummary | null, dirtyRateMiBs: number | null): MigrationView | null {
  const track = migrationTracks(log)[0];
  if (!track) return null;
  const summary = track.summary ?? given;
  const rows = track.rows.map((r) => r.row);
  // λ compares the dirty rate with what the live phase really got (QEMU caps it at max-bandwidth).
  const firstLive = rows.find((r) => r.phase === 'live' && r.durationS > 0);
  const firstRate = firstLive ? firstLive.sentMiB / firstLive.durationS : null;
  const figures: Figure[] = [];
  if (summary) {
    figures.push(
      { key: 'total', label: 'Total time', value: seconds(summary.totalTimeS), detail: 'until the VM ran on the destination with all its memory' },
      { key: 'downtime', label: 'Downtime', value: ms(summary.downtimeMs), detail: summary.mode === 'cold' ? 'the VM was stopped for the whole migration' : 'the guest was paused for this long' },
      { key: 'rounds', label: 'Rounds', value: String(summary.rounds), detail: summary.mode === 'precopy' ? `${plural(summary.rounds, 'live round')} before the stop-and-copy` : summary.mode === 'hybrid' ? 'one pre-copy pass, then post-copy' : 'no live pre-copy rounds in this mode' },
      { key: 'sent', label: 'Data sent', value: mib(summary.transferredMiB), detail: track.memoryMiB > 0 ? `${(summary.transferredMiB / track.memoryMiB).toFixed(2)} × the VM's ${mib(track.memoryMiB)} of RAM` : '' },
      { key: 'converged', label: 'Converged', value: summary.converged ? 'Yes' : 'No', detail: summary.stopReason },
    );
  }
  const explanation = summary ? explainStop(summary.stopReason, summary.stopDetail) : track.abortReason ?? 'The migration has not finished.';
  return {
    track,
    summary,
    rows,
    figures,
    explanation,
    // The engine's own sentence already gives λ when it decided the outcome.
    lambda: dirtyRateMiBs !== null && firstRate !== null && !summary?.stopDetail.includes('λ') && track.mode !== 'cold' && track.mode !== 'postcopy' ? lambdaNote(dirtyRateMiBs, firstRate) : null,
    completed: track.status === 'completed',
    networkMiBs: log.find((e): e is Extract<LoggedSimEvent, { type: 'migration-rate' }> => e.type === 'migration-rate' && e.migration === track.id && e.rateMiBs > 0)?.rateMiBs ?? null,
  };
}
