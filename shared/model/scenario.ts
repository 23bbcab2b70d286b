import type { EdgeId, NodeId } from './ids';
import type { Workload } from './kinds/vm';

export type MigrationMode = 'precopy' | 'postcopy' | 'hybrid' | 'cold';
export type StopPolicy = 'threshold' | 'xen-legacy' | 'xen-v2' | 'qemu';

/**
 * One timed action of a scenario; `at` is simulated seconds from the start. A `migrate` action's
 * `options` are migration parameters by name (thresholdMiB, maxRounds, downtimeLimitMs,
 * maxBandwidthMiBs, autoConverge, postcopyAfterSyncs, timeoutSPerGiB, forceComplete, skipRedirtied,
 * resumeMs, deviceStateMiB, rttMs, prepaging, touchedMiB, touchRateMiBs, diskMiB, pageKiB; see
 * shared/engine/sim/scenario/migrationOptions.ts); its policy defaults to qemu. `cutLink` takes an
 * uplink edge, a physical switch, a host (its uplinks) or the migration VLAN.
 */
export type ScenarioAction =
  | { at: number; type: 'migrate'; vm: NodeId; to: NodeId; mode: MigrationMode; policy?: StopPolicy; options?: Record<string, number | boolean> }
  | { at: number; type: 'failHost'; host: NodeId }
  | { at: number; type: 'cutLink'; link: NodeId | EdgeId }
  | { at: number; type: 'setWorkload'; vm: NodeId; workload: Partial<Workload> }
  | { at: number; type: 'powerHost'; host: NodeId; on: boolean }
  | { at: number; type: 'lifecycle'; vm: NodeId; action: 'start' | 'suspend' | 'resume' | 'snapshot' | 'stop' | 'terminate' };

/** A named, seeded list of timed actions played against a design. */
export interface Scenario {
  name: string;
  seed: number;
  /** Simulated seconds to run; the run also ends when nothing is left to happen. */
  durationS: number;
  actions: ScenarioAction[];
}
