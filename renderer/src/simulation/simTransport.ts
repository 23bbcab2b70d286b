import type { PreflightResult } from '../../../shared/engine/preflight/types';
import type { EngineError } from '../../../shared/engine/result';
import type { PackingAlgorithm } from '../../../shared/engine/sim/consolidation/binPacking';
import type { ConsolidationPlan } from '../../../shared/engine/sim/consolidation/designPlan';
import type { LoggedSimEvent, ScenarioReport } from './simTypes';
import type { Scenario } from '../../../shared/model';

export type Answer<T> = { ok: true; value: T } | { ok: false; error: EngineError };

/** A finished (or cancelled) scenario run: the engine's report and its full event log. */
export interface ScenarioOutcome {
  report: ScenarioReport;
  log: LoggedSimEvent[];
  cancelled: boolean;
}

/** How far a run has got, as the engine streams it. */
export interface RunProgress {
  /** 0..1 when the engine can tell (a bounded scenario), null otherwise. */
  fraction: number | null;
  /** Simulated time reached. */
  t: number;
  /** Events logged so far. */
  events: number;
}

/**
 * What the Simulation panel needs from the engine, in its own words. The only implementation
 * talks to the engine through the contract (EngineClient.call / on): nothing here runs a
 * simulation in the UI thread.
 */
export interface SimTransport {
  preflight(vm: string, destination: string): Promise<Answer<PreflightResult>>;
  /** Runs a scenario (inline, or one of the design's by name) to the end; progress streams meanwhile. */
  runScenario(scenario: Scenario | { name: string }, seed: number | undefined, onProgress: (p: RunProgress) => void): Promise<Answer<ScenarioOutcome>>;
  /** Plans the consolidation of the current design: packing, ordered migrations, hosts to switch off. */
  consolidate(algorithm: PackingAlgorithm): Promise<Answer<ConsolidationPlan>>;
  /** Cancels the run in flight, if any; its promise then resolves with what happened so far. */
  cancel(): Promise<void>;
}
