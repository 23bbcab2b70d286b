import { describe, expect, it } from 'vitest';
import type { LoggedSimEvent } from '../../../shared/engine/sim/scenario/simEvents';
import { stateAt } from '../../../shared/engine/sim/scenario/replay';
import { findScenario, runScenario } from '../../../shared/engine/sim/scenario/runScenario';
import { ScenarioRun } from '../../../shared/engine/sim/scenario/scenarioRun';
import { simulateMigration } from '../../../shared/engine/sim/migration/simulateMigration';
import { mbpsToMibs } from '../../../shared/engine/sim/migration/telemetry';
import type { Design, NodeId, Scenario, ScenarioAction } from '../../../shared/model';
import { DesignBuilder } from './designBuilder';

/** Two hosts on one switch (1 Gbit/s uplinks) with `vms` VMs on the first. */
function twoHosts(vms = 1, vmProps = {}) {
  const b = new DesignBuilder();
  const sw = b.add('physicalSwitch', { speedMbps: 10000 });
  const a = b.host();
  const c = b.host();
  const upA = b.uplink(a.host, sw, 1000);
  const upC = b.uplink(c.host, sw, 1000);
  const ids = Array.from({ length: vms }, () => b.vm(a.hv, vmProps));
  return { b, sw, a, c, upA, upC, vms: ids };
}

const scenario = (actions: ScenarioAction[], seed = 1): Scenario => ({ name: 'test', seed, durationS: 0, actions });
const of = <T extends LoggedSimEvent['type']>(log: readonly LoggedSimEvent[], type: T) => log.filter((e): e is Extract<LoggedSimEvent, { type: T }> => e.type === type);
const R = mbpsToMibs(1000);

describe('scenario runs', () => {
  it('one migration alone on its path equals the standalone model at the link speed', () => {
    const { b, c, vms } = twoHosts();
    const { report } = runScenario(b.build(), scenario([{ at: 5, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'threshold' }]));
    const alone = simulateMigration({ memoryMiB: 1024, dirtyRateMiBs: 20, wwsMiB: 1024, bandwidthMiBs: R, policy: 'threshold' });
    const m = report.migrations[0]!;
    expect(m.status).toBe('completed');
    expect(m.summary!.totalTimeS).toBeCloseTo(alone.ok ? alone.value.totalTimeS : NaN, 9);
    expect(m.summary!.downtimeMs).toBeCloseTo(alone.ok ? alone.value.downtimeMs : NaN, 9);
    expect(report.vms[0]).toMatchObject({ host: c.host, state: 'running', lost: false });
    expect(report.endTimeS).toBeCloseTo(5 + m.summary!.totalTimeS, 9);
  });

  it('two migrations over one link share it fairly: each takes as long as one alone at half the rate', () => {
    const { b, c, vms } = twoHosts(2);
    const { report, log } = runScenario(b.build(), scenario(vms.map((vm) => ({ at: 0, type: 'migrate' as const, vm, to: c.host, mode: 'precopy' as const, policy: 'threshold' as const }))));
    const half = simulateMigration({ memoryMiB: 1024, dirtyRateMiBs: 20, wwsMiB: 1024, bandwidthMiBs: R / 2, policy: 'threshold' });
    for (const m of report.migrations) expect(m.summary!.totalTimeS).toBeCloseTo(half.ok ? half.value.totalTimeS : NaN, 6);
    expect(of(log, 'migration-rate').slice(0, 2).map((e) => e.rateMiBs)).toEqual([R / 2, R / 2].map((v) => expect.closeTo(v, 9)));
  });

  it('queues migrations beyond the per-host limit and starts them as slots free up', () => {
    const { b, c, vms } = twoHosts(3);
    const run = new ScenarioRun(b.build(), scenario(vms.map((vm) => ({ at: 0, type: 'migrate' as const, vm, to: c.host, mode: 'precopy' as const, policy: 'threshold' as const }))), { hostMigrationLimit: 2 });
    const report = run.runToEnd();
    const queued = of(run.log, 'migration-queued');
    expect(queued).toHaveLength(1);
    expect(queued[0]!.reason).toMatch(/limit 2/);
    const started = of(run.log, 'migration-started');
    const firstDone = of(run.log, 'migration-completed')[0]!;
    expect(started[2]!.t).toBeCloseTo(firstDone.t, 9);
    expect(report.migrations.every((m) => m.status === 'completed')).toBe(true);
  });

  it('a link cut during pre-copy aborts the migration and the VM keeps running on the source', () => {
    const { b, a, c, upC, vms } = twoHosts(1);
    const { report, log } = runScenario(b.build(), scenario([
      { at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'threshold' },
      { at: 3, type: 'cutLink', link: upC },
    ]));
    expect(report.migrations[0]).toMatchObject({ status: 'aborted', reason: expect.stringMatching(/cut.*keeps running/s) });
    expect(report.vms[0]).toMatchObject({ host: a.host, state: 'running', lost: false });
    expect(of(log, 'migration-aborted')[0]).toMatchObject({ vmLost: false, t: 3 });
  });

  it('a link cut during post-copy loses the VM and says so', () => {
    const { b, c, upA, vms } = twoHosts(1);
    const { report, log } = runScenario(b.build(), scenario([
      { at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'postcopy' },
      { at: 3, type: 'cutLink', link: upA },
    ]));
    expect(report.migrations[0]!.status).toBe('lost');
    expect(report.vms[0]).toMatchObject({ host: null, lost: true, state: 'stopped' });
    expect(report.vms[0]!.summary).toMatch(/lost.*post-copy/);
    expect(of(log, 'vm-lost')).toHaveLength(1);
    expect(report.hosts.every((h) => !h.vms.includes(vms[0]!))).toBe(true);
  });

  it('the destination failing during pre-copy leaves the VM on the source', () => {
    const { b, a, c, vms } = twoHosts(1);
    const { report } = runScenario(b.build(), scenario([
      { at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'xen-v2' },
      { at: 2, type: 'failHost', host: c.host },
    ]));
    expect(report.migrations[0]!.status).toBe('aborted');
    expect(report.vms[0]).toMatchObject({ host: a.host, state: 'running' });
  });

  it('refuses what the life cycle forbids, with the reason, and the run goes on', () => {
    const { b, c, vms } = twoHosts(1);
    const { report, log } = runScenario(b.build(), scenario([
      { at: 0, type: 'lifecycle', vm: vms[0]!, action: 'suspend' },
      { at: 1, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy' },
      { at: 2, type: 'lifecycle', vm: vms[0]!, action: 'start' },
      { at: 3, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'cold' },
    ]));
    const refused = of(log, 'refused');
    expect(refused.map((r) => r.reason)).toEqual([expect.stringMatching(/cannot live-migrate a suspended VM/), expect.stringMatching(/resume it instead/)]);
    expect(report.vms[0]).toMatchObject({ host: c.host, state: 'suspended' });
  });

  it('every state change is an event with a time: boot, snapshot, terminate', () => {
    const { b, vms } = twoHosts(1, { state: 'provisioning' });
    const { log } = runScenario(b.build(), scenario([
      { at: 200, type: 'lifecycle', vm: vms[0]!, action: 'snapshot' },
      { at: 300, type: 'lifecycle', vm: vms[0]!, action: 'terminate' },
    ]));
    expect(of(log, 'vm-state').map((e) => [e.t, e.from, e.to])).toEqual([
      [60, 'provisioning', 'booting'], [90, 'booting', 'running'], [200, 'running', 'snapshotting'], [203.024, 'snapshotting', 'running'], [300, 'running', 'terminated'],
    ]);
  });

  it('refuses a destination without room and a host power-off with running VMs', () => {
    const { b, a, c, vms } = twoHosts(1, { ramMiB: 100 * 1024 });
    const { log } = runScenario(b.build(), scenario([
      { at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy' },
      { at: 0, type: 'powerHost', host: a.host, on: false },
    ]));
    expect(of(log, 'refused').map((r) => r.reason)).toEqual([expect.stringMatching(/MiB of RAM free/), expect.stringMatching(/still runs 1 VM/)]);
  });

  it('QEMU migrations slow down when the workload starts dirtying faster mid-way', () => {
    const { b, c, vms } = twoHosts(1);
    const base = [{ at: 0, type: 'migrate' as const, vm: vms[0]!, to: c.host, mode: 'precopy' as const, policy: 'qemu' as const }];
    const calm = runScenario(b.build(), scenario(base)).report.migrations[0]!.summary!;
    const busy = runScenario(b.build(), scenario([...base, { at: 4, type: 'setWorkload', vm: vms[0]!, workload: { dirtyRateMiBs: 80 } }])).report.migrations[0]!.summary!;
    expect(busy.totalTimeS).toBeGreaterThan(calm.totalTimeS);
  });

  it('runs are deterministic: same design, scenario and seed give a byte-identical log', () => {
    const { b, c, upC, vms } = twoHosts(4);
    const d = b.build();
    const s = scenario([
      ...vms.map((vm, i) => ({ at: i, type: 'migrate' as const, vm, to: c.host, mode: (['precopy', 'postcopy', 'hybrid', 'cold'] as const)[i]!, policy: 'qemu' as const })),
      { at: 9, type: 'cutLink', link: upC },
    ]);
    expect(JSON.stringify(runScenario(d, s).log)).toBe(JSON.stringify(runScenario(d, s).log));
  });

  it('seek rebuilds the state at any time from the log', () => {
    const { b, a, c, vms } = twoHosts(1);
    const d = b.build();
    const { log, report } = runScenario(d, scenario([{ at: 10, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'threshold' }]));
    expect(stateAt(d, log, 5).vms[vms[0]!]).toMatchObject({ host: a.host, state: 'running' });
    expect(stateAt(d, log, 12).vms[vms[0]!]).toMatchObject({ host: a.host, state: 'migrating' });
    expect(stateAt(d, log, 12).migrations['mig-1']).toMatchObject({ status: 'running', rateMiBs: R });
    expect(stateAt(d, log, report.endTimeS).vms[vms[0]!]).toMatchObject({ host: c.host, state: 'running' });
  });

  it('finds scenarios by name and says which exist', () => {
    const d: Design = { ...twoHosts().b.build(), scenarios: [scenario([]), { ...scenario([]), name: 'other' }] };
    expect(findScenario(d, 'other').ok).toBe(true);
    const missing = findScenario(d, 'nope');
    expect(!missing.ok && missing.error.message).toMatch(/"test", "other"/);
  });

  it('stops at the scenario duration and reports unfinished migrations as running', () => {
    const { b, c, vms } = twoHosts(1);
    const { report, log } = runScenario(b.build(), { ...scenario([{ at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'threshold' }]), durationS: 5 });
    expect(report.endTimeS).toBe(5);
    expect(report.migrations[0]!.status).toBe('running');
    expect(log.at(-1)).toMatchObject({ type: 'sim-ended', reason: 'duration' });
  });
});

describe('host failure and HA', () => {
  function cluster(admission: 'host-failures' | 'none' = 'host-failures') {
    const b = new DesignBuilder();
    const cl = b.add('cluster', { ha: { enabled: true, admission, hostFailuresToTolerate: 1, percentReserved: 25 } });
    const h1 = b.host({ ramGiB: 8 }, cl);
    const h2 = b.host({ ramGiB: 8 }, cl);
    const h3 = b.host({ ramGiB: 8 }, cl);
    const mk = (hv: NodeId, name: string, ramMiB: number, haPriority: 'high' | 'medium' | 'low' | 'disabled') => b.vm(hv, { name, ramMiB, haPriority });
    const high = mk(h1.hv, 'db', 3072, 'high');
    const medium = mk(h1.hv, 'app', 2048, 'medium');
    const low = mk(h1.hv, 'batch', 2048, 'low');
    const off = mk(h1.hv, 'scratch', 512, 'disabled');
    mk(h2.hv, 'busy2', 6144, 'medium');
    mk(h3.hv, 'busy3', 4096, 'medium');
    return { b, h1, h2, h3, high, medium, low, off };
  }

  it('restarts VMs by priority where there is room and says why the others stay down', () => {
    const c = cluster();
    const { report, log } = runScenario(c.b.build(), scenario([{ at: 10, type: 'failHost', host: c.h1.host }]));
    const restarts = of(log, 'ha-restart');
    expect(restarts.map((r) => r.vm)).toEqual([c.high, c.medium]);
    expect(restarts[0]).toMatchObject({ t: 25, to: c.h3.host });
    const down = Object.fromEntries(of(log, 'ha-not-restarted').map((e) => [e.vm, e.reason]));
    expect(down[c.low]).toMatch(/no surviving host of cluster .* has room/);
    expect(down[c.off]).toMatch(/"disabled"/);
    const byVm = Object.fromEntries(report.vms.map((v) => [v.vm, v]));
    expect(byVm[c.high]).toMatchObject({ state: 'running', host: c.h3.host });
    expect(byVm[c.low]).toMatchObject({ state: 'stopped', host: c.h1.host });
    expect(byVm[c.low]!.summary).toMatch(/down since .* failed/);
  });

  it('reports admission control at the start and blames it when room runs out', () => {
    const c = cluster();
    const { log } = runScenario(c.b.build(), scenario([{ at: 10, type: 'failHost', host: c.h1.host }]));
    const adm = of(log, 'ha-admission')[0]!;
    expect(adm.satisfied).toBe(false);
    expect(of(log, 'ha-not-restarted').find((e) => e.vm === c.low)!.reason).toMatch(/admission control was not satisfied/);
  });

  it('a host failure during post-copy loses the VM; VMs of hosts outside a cluster stay down', () => {
    const { b, a, c, vms } = twoHosts(2);
    const { report, log } = runScenario(b.build(), scenario([
      { at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'postcopy' },
      { at: 2, type: 'failHost', host: a.host },
    ]));
    expect(report.vms[0]).toMatchObject({ lost: true });
    expect(report.vms[1]).toMatchObject({ state: 'stopped', host: a.host, lost: false });
    expect(of(log, 'ha-not-restarted')[0]!.reason).toMatch(/not in a cluster/);
  });
});
