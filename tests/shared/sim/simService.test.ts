import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import type { EventKey, EventPayloads } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/model';
import { DesignBuilder } from './designBuilder';

type Seen = { [E in EventKey]: { event: E; payload: EventPayloads[E] } }[EventKey];

function setup(yieldToHost?: () => Promise<void>) {
  const b = new DesignBuilder();
  const sw = b.add('physicalSwitch');
  const a = b.host();
  const c = b.host();
  b.uplink(a.host, sw);
  b.uplink(c.host, sw);
  const vms = Array.from({ length: 6 }, () => b.vm(a.hv));
  const scenario: Scenario = {
    name: 'evacuate', seed: 7, durationS: 0,
    actions: vms.map((vm, i) => ({ at: i, type: 'migrate' as const, vm, to: c.host, mode: 'precopy' as const, policy: 'qemu' as const })),
  };
  const seen: Seen[] = [];
  const host = new EngineHost((event, payload) => seen.push({ event, payload } as Seen), yieldToHost);
  host.replace(b.build([scenario]));
  const done = () => new Promise<void>((resolve) => {
    const poll = () => (seen.some((s) => s.event === 'simDone') ? resolve() : setTimeout(poll, 1));
    poll();
  });
  return { host, seen, done, scenario, vms, c };
}

const of = <E extends EventKey>(seen: Seen[], e: E): EventPayloads[E][] => seen.filter((s) => s.event === e).map((s) => s.payload as EventPayloads[E]);

describe('simulation channels on the engine host', () => {
  it('simRun answers with a run id at once, then streams event batches, progress and a report', async () => {
    const { host, seen, done } = setup();
    const r = host.handleRaw('simRun', { scenario: 'evacuate' });
    expect(r).toEqual({ ok: true, value: { runId: 'run-1', scenario: 'evacuate', seed: 7 } });
    expect(of(seen, 'simEvents')).toHaveLength(0);
    await done();
    const events = of(seen, 'simEvents').flatMap((b) => b.events);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(events.at(-1)).toMatchObject({ type: 'sim-ended', reason: 'idle' });
    expect(of(seen, 'simProgress').at(-1)).toMatchObject({ runId: 'run-1', done: true });
    const end = of(seen, 'simDone')[0]!;
    expect(end.status).toBe('completed');
    expect(end.report!.migrations.every((m) => m.status === 'completed')).toBe(true);
  });

  it('runs an inline scenario and overrides the seed', async () => {
    const { host, seen, done, scenario } = setup();
    const r = host.handleRaw('simRun', { scenario: { ...scenario, name: 'inline' }, seed: 99 });
    expect(r).toMatchObject({ ok: true, value: { scenario: 'inline', seed: 99 } });
    await done();
    expect(of(seen, 'simEvents')[0]!.events[0]).toMatchObject({ type: 'sim-started', scenario: 'inline', seed: 99 });
  });

  it('a cancel arriving between chunks stops the run, which still reports what happened', async () => {
    let release: (() => void) | null = null;
    const gate = () => new Promise<void>((resolve) => {
      release = resolve;
    });
    const { host, seen, done } = setup(gate);
    const { runId } = (host.handleRaw('simRun', {}) as { ok: true; value: { runId: string } }).value;
    expect(host.handleRaw('simCancel', { runId })).toEqual({ ok: true, value: { cancelled: true } });
    release!();
    await done();
    const end = of(seen, 'simDone')[0]!;
    expect(end.status).toBe('cancelled');
    expect(of(seen, 'simEvents').flatMap((b) => b.events).at(-1)).toMatchObject({ type: 'sim-ended', reason: 'cancelled' });
    expect(host.handleRaw('simCancel', { runId })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('refuses an unknown scenario and malformed requests as data', () => {
    const { host } = setup();
    expect(host.handleRaw('simRun', { scenario: 'nope' })).toMatchObject({ ok: false, error: { code: 'no-scenario' } });
    expect(host.handleRaw('simRun', { speed: 2 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(host.handleRaw('migrationRun', { memoryMiB: -5, dirtyRateMiBs: 1, bandwidthMiBs: 1 })).toMatchObject({ ok: false, error: { code: 'bad-request', path: 'memoryMiB' } });
  });

  it('migrationRun gives the model result; consolidationPlan plans the current design', () => {
    const { host } = setup();
    const m = host.handleRaw('migrationRun', { memoryMiB: 1024, dirtyRateMiBs: 20, bandwidthMiBs: 100, thresholdMiB: 30 });
    expect(m.ok && m.value.transferredMiB).toBeCloseTo(1277.952, 6);
    const p = host.handleRaw('consolidationPlan', { algorithm: 'bfd' });
    expect(p.ok && p.value.algorithm).toBe('bfd');
  });
});
