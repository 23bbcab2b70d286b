import type { Design, Scenario } from '../../model';
import type { EventKey, EventPayloads, IpcResult } from '../../ipc/contract';
import { ok } from '../result';
import { planDesignConsolidation, type ConsolidationPlan } from '../sim/consolidation/designPlan';
import type { PackingAlgorithm } from '../sim/consolidation/binPacking';
import type { MigrationParams } from '../sim/migration/params';
import { simulateMigration } from '../sim/migration/simulateMigration';
import type { MigrationResult } from '../sim/migration/telemetry';
import { findScenario } from '../sim/scenario/runScenario';
import { ScenarioRun } from '../sim/scenario/scenarioRun';

type Emit = <E extends EventKey>(event: E, payload: EventPayloads[E]) => void;

/** Lets the host process other messages (a cancel) between chunks: a Worker or the main process passes a macrotask (setTimeout / setImmediate). */
export type YieldToHost = () => Promise<void>;

export interface SimRunRequest {
  /** A scenario of the design by name (default: its first), or one given inline. */
  scenario?: string | Scenario;
  seed?: number;
  /** Stop at this simulated time even if the scenario goes on. */
  untilS?: number;
}

/** Simulation events processed between two yields to the host. */
const CHUNK_EVENTS = 2000;
/** Logged events per `simEvents` message. */
const BATCH_EVENTS = 1000;

interface ActiveRun {
  run: ScenarioRun;
  cancelled: boolean;
  sent: number;
}

/**
 * The simulation side of the engine host: scenario runs stream their log in batches (`simEvents`),
 * report progress (`simProgress`) and end with a report (`simDone`); they run in chunks and yield
 * to the host between chunks, so a cancel arriving meanwhile stops them. Single migrations and
 * consolidation plans are quick and answered at once.
 */
export class SimService {
  private readonly runs = new Map<string, ActiveRun>();
  private nextRun = 1;

  constructor(
    private readonly design: () => Design,
    private readonly emit: Emit,
    private readonly yieldToHost: YieldToHost = () => Promise.resolve(),
  ) {}

  /** Starts a scenario run of the current design; its events follow asynchronously. */
  run(req: SimRunRequest): IpcResult<{ runId: string; scenario: string; seed: number }> {
    const design = this.design();
    const scenario = typeof req.scenario === 'object' ? ok(req.scenario) : findScenario(design, req.scenario);
    if (!scenario.ok) return scenario;
    const seed = req.seed ?? scenario.value.seed;
    const runId = `run-${this.nextRun++}`;
    const active: ActiveRun = { run: new ScenarioRun(design, scenario.value, { seed }), cancelled: false, sent: 0 };
    this.runs.set(runId, active);
    void this.drive(runId, active, req.untilS ?? Infinity);
    return ok({ runId, scenario: scenario.value.name, seed });
  }

  /** Asks a run to stop; it ends at its next chunk boundary with status `cancelled`. */
  cancel(req: { runId: string }): IpcResult<{ cancelled: boolean }> {
    const active = this.runs.get(req.runId);
    if (!active) return ok({ cancelled: false });
    active.cancelled = true;
    return ok({ cancelled: true });
  }

  /** One migration on its own link (analytic or page-level model). */
  migration(params: MigrationParams): IpcResult<MigrationResult> {
    return simulateMigration(params);
  }

  /** An FFD or BFD consolidation plan of the current design. */
  consolidationPlan(req: { algorithm: PackingAlgorithm }): IpcResult<ConsolidationPlan> {
    return ok(planDesignConsolidation(this.design(), req.algorithm));
  }

  private async drive(runId: string, active: ActiveRun, untilS: number): Promise<void> {
    const { run } = active;
    try {
      // Let run() answer first: the caller learns the runId before any event arrives.
      await this.yieldToHost();
      while (!run.done && !active.cancelled) {
        const processed = run.runUntil(untilS, CHUNK_EVENTS);
        // Nothing left before `untilS`: the requested stretch is done.
        if (processed === 0 && !run.done) run.stop('duration');
        this.flush(runId, active);
        this.emit('simProgress', { runId, simTimeS: run.sim.now(), durationS: run.scenario.durationS, eventsProcessed: run.sim.eventsProcessed, done: run.done });
        if (!run.done) await this.yieldToHost();
      }
      const status = active.cancelled ? 'cancelled' : 'completed';
      if (active.cancelled) run.stop('cancelled');
      this.flush(runId, active);
      this.emit('simDone', { runId, status, report: run.report(), error: null });
    } catch (e) {
      this.flush(runId, active);
      this.emit('simDone', { runId, status: 'failed', report: null, error: { code: 'internal', message: `The simulation failed: ${(e as Error).message}` } });
    } finally {
      this.runs.delete(runId);
    }
  }

  private flush(runId: string, active: ActiveRun): void {
    const log = active.run.log;
    while (active.sent < log.length) {
      const events = log.slice(active.sent, active.sent + BATCH_EVENTS);
      active.sent += events.length;
      this.emit('simEvents', { runId, events });
    }
  }
}
