import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import type { EventKey, EventPayloads } from '../../../shared/ipc/contract';
import type { EngineClient } from '../../../renderer/src/engine/engineClient';
import { engineTransport } from '../../../renderer/src/simulation/engineTransport';
import { labScenario, toRequest, withVm, EMPTY_FORM } from '../../../renderer/src/simulation/migrationForm';
import { migrationView } from '../../../renderer/src/simulation/migrationView';
import { scenario, twoHosts } from './fixtures';

/** An EngineClient over an in-process EngineHost: the same contract the Worker and the preload serve. */
function hostClient(design: ReturnType<ReturnType<typeof twoHosts>['b']['build']>) {
  const listeners = new Map<EventKey, Set<(p: unknown) => void>>();
  // Chunks yield to a macrotask, as the Worker does, so a cancel can get in between.
  const host = new EngineHost((event, payload) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  }, () => new Promise((r) => setTimeout(r, 0)));
  host.replace(design);
  const client: EngineClient = {
    platform: 'web',
    call: async (key, request) => host.handleRaw(key, request) as never,
    on<E extends EventKey>(event: E, listener: (p: EventPayloads[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (p: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (p: unknown) => void);
    },
  };
  return { host, client };
}

describe('engineTransport over the contract', () => {
  it('runs the lab as an inline one-migration scenario and collects the streamed log', async () => {
    const { b, c, vms } = twoHosts();
    const design = b.build();
    const { client } = hostClient(design);
    const t = engineTransport(client);
    const form = { ...withVm(design, EMPTY_FORM, vms[0]!), destination: c.host, policy: 'threshold' as const };
    const req = toRequest(form);
    if (!req.ok) throw new Error(JSON.stringify(req.errors));
    const pre = await t.preflight(req.request.vm, req.request.destination);
    expect(pre.ok && pre.value.ok).toBe(true);
    const progress: number[] = [];
    const r = await t.runScenario(labScenario(req.request, 'vm-1', pre.ok ? pre.value : null), req.request.seed, (p) => progress.push(p.events));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.cancelled).toBe(false);
    expect(progress.length).toBeGreaterThan(0);
    // The log arrives whole and in order (seq 0..n-1), with the engine's report.
    expect(r.value.log.map((e) => e.seq)).toEqual(r.value.log.map((_, i) => i));
    expect(r.value.report.migrations[0]!.status).toBe('completed');
    const view = migrationView(r.value.log, r.value.report.migrations[0]!.summary ?? null, 20)!;
    expect(view.completed).toBe(true);
    expect(view.summary!.stopReason).toBe('threshold-reached');
    expect(view.rows.at(-1)!.phase).toBe('stop-and-copy');
    expect(view.figures.map((f) => f.key)).toEqual(['total', 'downtime', 'rounds', 'sent', 'converged']);
  });

  it('runs one of the design\'s scenarios by name', async () => {
    const { b, a, vms } = twoHosts();
    const design = b.build([scenario([{ at: 5, type: 'failHost', host: a.host }], 3, 'outage')]);
    const { client } = hostClient(design);
    const r = await engineTransport(client).runScenario({ name: 'outage' }, undefined, () => {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.report.seed).toBe(3);
    expect(r.value.log.some((e) => e.type === 'host-failed' && e.host === a.host)).toBe(true);
    expect(r.value.report.vms.find((v) => v.vm === vms[0])!.state).toBe('stopped');
  });

  it('answers an engine refusal as an error, not a run', async () => {
    const { b } = twoHosts();
    const { client } = hostClient(b.build());
    const r = await engineTransport(client).runScenario({ name: 'nope' }, undefined, () => {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/no scenarios|No scenario/);
  });

  it('cancels a long run: the promise resolves with what happened so far', async () => {
    const { b, c, vms } = twoHosts(1, { workload: { cpuPercent: 30, dirtyRateMiBs: 500, wwsMiB: 1024 } });
    const { client } = hostClient(b.build());
    const t = engineTransport(client);
    // λ > 1 with QEMU and no timeout: thousands of bitmap syncs, many chunks.
    const long = scenario([{ at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'qemu', options: { timeoutSPerGiB: 0, maxBandwidthMiBs: 100 } }]);
    let cancelled = false;
    const run = t.runScenario(long, 1, () => {
      if (!cancelled) {
        cancelled = true;
        void t.cancel();
      }
    });
    const r = await run;
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.cancelled).toBe(true);
    expect(r.value.log.at(-1)!.type).toBe('sim-ended');
  });

  it('asks the engine for a consolidation plan', async () => {
    const { b } = twoHosts(2);
    const { client } = hostClient(b.build());
    const r = await engineTransport(client).consolidate('ffd');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.algorithm).toBe('ffd');
    expect(r.value.vms).toHaveLength(2);
  });
});
