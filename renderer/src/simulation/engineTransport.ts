import type { LoggedSimEvent } from './simTypes';
import type { EventPayloads } from '../../../shared/ipc/contract';
import type { EngineClient } from '../engine/engineClient';
import type { Answer, RunProgress, ScenarioOutcome, SimTransport } from './simTransport';

/**
 * The Simulation panel's door to the engine: contract channels only (preflight, migrationRun,
 * simRun / simCancel with streamed simEvents, simProgress and simDone, consolidationPlan).
 * Scenario runs are collected from their event batches; one run at a time.
 */
export function engineTransport(client: EngineClient): SimTransport {
  let current: { runId: string | null; cancelled: boolean } | null = null;

  return {
    preflight: (vm, destination) => client.call('preflight', { vm, destination }),
    consolidate: (algorithm) => client.call('consolidationPlan', { algorithm }),

    runScenario(scenario, seed, onProgress) {
      return new Promise<Answer<ScenarioOutcome>>((resolve) => {
        // Events may arrive as soon as the run has started: listen first, keep what is ours.
        const buffered = new Map<string, LoggedSimEvent[]>();
        let runId: string | null = null;
        let pendingDone: EventPayloads['simDone'] | null = null;
        const mine = (id: string) => runId === null || id === runId;
        const finish = (done: EventPayloads['simDone']) => {
          offEvents();
          offProgress();
          offDone();
          if (current?.runId === done.runId) current = null;
          if (done.status === 'failed' || !done.report) {
            resolve({ ok: false, error: done.error ?? { code: 'sim-failed', message: 'The simulation failed without a report.' } });
            return;
          }
          resolve({ ok: true, value: { report: done.report, log: buffered.get(done.runId) ?? [], cancelled: done.status === 'cancelled' } });
        };
        const offEvents = client.on('simEvents', ({ runId: id, events }) => {
          if (!mine(id)) return;
          const list = buffered.get(id) ?? [];
          for (const e of events) list.push(e);
          buffered.set(id, list);
        });
        const offProgress = client.on('simProgress', (p) => {
          if (runId === null || p.runId !== runId) return;
          const progress: RunProgress = { fraction: p.done ? 1 : p.durationS > 0 ? Math.min(1, p.simTimeS / p.durationS) : null, t: p.simTimeS, events: p.eventsProcessed };
          onProgress(progress);
        });
        const offDone = client.on('simDone', (done) => {
          if (runId === null) {
            pendingDone = done;
            return;
          }
          if (done.runId === runId) finish(done);
        });
        current = { runId: null, cancelled: false };
        const which = 'actions' in scenario ? scenario : scenario.name;
        void client.call('simRun', seed === undefined ? { scenario: which } : { scenario: which, seed }).then((r) => {
          if (!r.ok) {
            offEvents();
            offProgress();
            offDone();
            current = null;
            resolve(r);
            return;
          }
          runId = r.value.runId;
          for (const id of [...buffered.keys()]) if (id !== runId) buffered.delete(id);
          const wasCancelled = current?.cancelled;
          current = { runId, cancelled: false };
          if (wasCancelled) void client.call('simCancel', { runId });
          const done = pendingDone as EventPayloads['simDone'] | null;
          if (done && done.runId === runId) finish(done);
        });
      });
    },

    async cancel() {
      if (!current) return;
      if (current.runId === null) {
        // Not started yet: cancel as soon as the engine names the run.
        current.cancelled = true;
        return;
      }
      await client.call('simCancel', { runId: current.runId });
    },
  };
}
