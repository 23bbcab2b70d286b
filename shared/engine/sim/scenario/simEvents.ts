import type { MigrationMode, NodeId, ScenarioAction, StopPolicy, VmState, Workload } from '../../../model';
import type { Logged } from '../core/simulator';
import type { MigrationResult, RoundTelemetry } from '../migration/telemetry';

/**
 * What a scenario run reports, in order, each with its simulated time (`t`) and position (`seq`).
 * Plain data: it crosses IPC in batches, is replayed by the player, and two runs of the same
 * design, scenario and seed produce byte-identical logs.
 */
export type SimEvent =
  | { type: 'sim-started'; scenario: string; seed: number; durationS: number; hosts: number; vms: number }
  | { type: 'action'; index: number; action: ScenarioAction }
  | { type: 'refused'; index: number; action: ScenarioAction['type']; target: string; reason: string }
  | { type: 'vm-state'; vm: NodeId; from: VmState; to: VmState; reason: string }
  | { type: 'vm-moved'; vm: NodeId; from: NodeId; to: NodeId; reason: string }
  | { type: 'vm-lost'; vm: NodeId; reason: string }
  | { type: 'migration-queued'; migration: string; vm: NodeId; from: NodeId; to: NodeId; reason: string }
  | { type: 'migration-started'; migration: string; vm: NodeId; from: NodeId; to: NodeId; mode: MigrationMode; policy: StopPolicy; path: string[] }
  | { type: 'migration-rate'; migration: string; rateMiBs: number }
  | { type: 'migration-round'; migration: string; row: RoundTelemetry }
  | { type: 'migration-switchover'; migration: string; vm: NodeId; phase: 'stop-and-copy' | 'device-state' | 'cold' }
  | { type: 'migration-completed'; migration: string; vm: NodeId; to: NodeId; summary: MigrationSummary }
  | { type: 'migration-aborted'; migration: string; vm: NodeId; reason: string; vmLost: boolean }
  | { type: 'host-failed'; host: NodeId; vms: NodeId[] }
  | { type: 'host-power'; host: NodeId; on: boolean; reason: string }
  | { type: 'link-cut'; element: string; links: string[] }
  | { type: 'workload-changed'; vm: NodeId; workload: Partial<Workload> }
  | { type: 'ha-admission'; cluster: NodeId; satisfied: boolean; detail: string }
  | { type: 'ha-restart'; vm: NodeId; from: NodeId; to: NodeId; priority: string }
  | { type: 'ha-not-restarted'; vm: NodeId; reason: string }
  | { type: 'sim-ended'; reason: 'duration' | 'idle' | 'cancelled' };

export type LoggedSimEvent = Logged<SimEvent>;

/** A migration's figures without its per-round rows (those were streamed as `migration-round`). */
export type MigrationSummary = Omit<MigrationResult, 'perRound'>;

export type MigrationStatus = 'completed' | 'aborted' | 'lost' | 'refused' | 'queued' | 'running';

export interface MigrationOutcome {
  migration: string;
  vm: NodeId;
  from: NodeId;
  to: NodeId;
  mode: MigrationMode;
  policy: StopPolicy;
  status: MigrationStatus;
  reason: string;
  summary?: MigrationSummary;
}

export interface VmOutcome {
  vm: NodeId;
  name: string;
  host: NodeId | null;
  state: VmState;
  lost: boolean;
  /** One sentence: where the VM is and why. */
  summary: string;
}

/** The end of a run: every VM's fate and every migration's outcome, with reasons. */
export interface ScenarioReport {
  scenario: string;
  seed: number;
  endTimeS: number;
  eventsProcessed: number;
  vms: VmOutcome[];
  migrations: MigrationOutcome[];
  hosts: { host: NodeId; name: string; on: boolean; failed: boolean; vms: NodeId[] }[];
}
