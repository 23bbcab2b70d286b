import type { MigrationResult } from '../../../shared/engine/sim/migration/telemetry';
import type { LoggedSimEvent, MigrationSummary, SimEvent } from './simTypes';
import type { NodeId, VmState } from '../../../shared/model';

export const LAB_MIGRATION_ID = 'mig-1';

/**
 * A single migration's result (the engine's `migrationRun` answer) as a replayable log in the
 * scenario engine's vocabulary, so the lab plays through the same timeline and canvas animation
 * as a scenario. Every time comes from the engine's own rows (start + duration of each round);
 * nothing is invented: the switchover is logged where the paused row starts, the end at the
 * result's total time.
 */
export function migrationLog(result: MigrationResult, ids: { vm: NodeId; from: NodeId; to: NodeId; toName: string; fromName: string; state: VmState }, rateMiBs: number): LoggedSimEvent[] {
  const log: LoggedSimEvent[] = [];
  const push = (t: number, e: SimEvent) => log.push({ ...e, seq: log.length, t } as LoggedSimEvent);
  const migration = LAB_MIGRATION_ID;
  const { perRound, ...summary } = result;
  push(0, { type: 'migration-started', migration, vm: ids.vm, from: ids.from, to: ids.to, mode: result.mode, policy: result.policy, path: [] });
  push(0, { type: 'vm-state', vm: ids.vm, from: ids.state, to: 'migrating', reason: `migrating to ${ids.toName}` });
  push(0, { type: 'migration-rate', migration, rateMiBs });
  let phase: string | null = null;
  for (const row of perRound) {
    if ((row.phase === 'stop-and-copy' || row.phase === 'device-state' || row.phase === 'cold') && row.phase !== phase) {
      push(row.startS, { type: 'migration-switchover', migration, vm: ids.vm, phase: row.phase });
    }
    phase = row.phase;
    push(row.startS + row.durationS, { type: 'migration-round', migration, row });
  }
  const end = Math.max(result.totalTimeS, log[log.length - 1]!.t);
  if (result.completed) {
    push(end, { type: 'migration-completed', migration, vm: ids.vm, to: ids.to, summary: summary as MigrationSummary });
    push(end, { type: 'vm-moved', vm: ids.vm, from: ids.from, to: ids.to, reason: `migrated from ${ids.fromName}` });
    push(end, { type: 'vm-state', vm: ids.vm, from: 'migrating', to: ids.state, reason: `migration from ${ids.fromName} done` });
  } else {
    push(end, { type: 'migration-aborted', migration, vm: ids.vm, reason: result.stopDetail, vmLost: false });
    push(end, { type: 'vm-state', vm: ids.vm, from: 'migrating', to: ids.state, reason: `migration aborted, still on ${ids.fromName}` });
  }
  return log;
}
