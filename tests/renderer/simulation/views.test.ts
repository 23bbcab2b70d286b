import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import { planDesignConsolidation } from '../../../shared/engine/sim/consolidation/designPlan';
import type { StopReason } from '../../../shared/engine/sim/migration/telemetry';
import { powerAt, type Host, type NodeId } from '../../../shared/model';
import { explainStop, lambdaNote, STOP_REASON_MEANING } from '../../../renderer/src/simulation/concepts';
import { applyPlanCommand, energyView, stepText } from '../../../renderer/src/simulation/consolidationView';
import { eventLines, namer, vmVerdict } from '../../../renderer/src/simulation/eventText';
import { clock, mib, ms, seconds } from '../../../renderer/src/simulation/format';
import { migrationView, roundPoints, rowLabels } from '../../../renderer/src/simulation/migrationView';
import { pointAt, tokenRadius, transferCurve } from '../../../renderer/src/simulation/overlayGeometry';
import { createPlayback, pause, play, seek, setSpeed, stepSpeed, tick } from '../../../renderer/src/simulation/playback';
import { linkChoices, quickFromSelection, quickScenario } from '../../../renderer/src/simulation/quickScenario';
import { DesignBuilder } from '../../shared/sim/designBuilder';
import { run, scenario, twoHosts } from './fixtures';

describe('formatting', () => {
  it('writes sizes, durations and clocks as people read them', () => {
    expect(mib(512)).toBe('512 MiB');
    expect(mib(1277.952)).toBe('1.25 GiB');
    expect(mib(0.05)).toBe('51.2 KiB');
    expect(seconds(12.78)).toBe('12.8 s');
    expect(seconds(0.08192)).toBe('81.92 ms');
    expect(seconds(200)).toBe('3 min 20 s');
    expect(ms(300)).toBe('300 ms');
    expect(clock(62.34)).toBe('1:02.3');
    expect(clock(3723)).toBe('1:02:03');
  });
});

describe('playback', () => {
  it('plays short runs in real time and squeezes long ones into 20 s at 1x', () => {
    expect(createPlayback(12).base).toBe(1);
    expect(createPlayback(600).base).toBe(30);
  });

  it('advances with wall time times speed, stops at the end, restarts from 0 when played again', () => {
    let p = play(createPlayback(10));
    p = tick(p, 1000);
    expect(p.position).toBe(1);
    p = tick(setSpeed(p, 8), 500);
    expect(p.position).toBe(5);
    p = tick(p, 10_000);
    expect(p).toMatchObject({ position: 10, playing: false });
    expect(play(p).position).toBe(0);
    expect(tick(pause(play(p)), 1000).position).toBe(0);
  });

  it('clamps seeks and walks the speed ladder', () => {
    const p = createPlayback(10);
    expect(seek(p, -3).position).toBe(0);
    expect(seek(p, 99).position).toBe(10);
    expect(stepSpeed(p, 1).speed).toBe(2);
    expect(stepSpeed(stepSpeed(p, -1), -1).speed).toBe(0.5);
    expect(stepSpeed(setSpeed(p, 8), 1).speed).toBe(8);
    expect(setSpeed(p, 0).speed).toBe(1);
  });
});

describe('stop reasons and λ', () => {
  it('explains every stop reason the engine can give', () => {
    const reasons: StopReason[] = ['threshold-reached', 'few-dirty-pages', 'max-rounds', 'data-cap', 'fits-downtime-limit', 'switched-to-postcopy', 'timeout-aborted', 'timeout-forced', 'postcopy', 'hybrid', 'cold', 'link-cut', 'host-failed'];
    for (const r of reasons) expect(STOP_REASON_MEANING[r].length).toBeGreaterThan(30);
    expect(explainStop('max-rounds', 'Reached the cap of 29.')).toMatch(/did not converge.*Reached the cap of 29\./);
  });

  it('says whether pre-copy can converge from λ = D/R', () => {
    expect(lambdaNote(20, 100)).toMatch(/0\.20.*20 %/);
    expect(lambdaNote(150, 100)).toMatch(/≥ 1.*cannot converge/);
  });

  it('reports a non-converging migration as such, with the engine\'s figures', () => {
    const { b, c, vms } = twoHosts(1, { workload: { cpuPercent: 30, dirtyRateMiBs: 200, wwsMiB: 1024 } });
    const { log, report } = run(b.build(), scenario([{ at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'xen-v2' }]));
    const v = migrationView(log, report.migrations[0]!.summary ?? null, 200)!;
    expect(v.summary!.stopReason).toBe('max-rounds');
    expect(v.figures.find((f) => f.key === 'converged')!.value).toBe('No');
    expect(v.figures.find((f) => f.key === 'rounds')!.value).toBe('5');
    // The engine's sentence gives λ itself; the view does not repeat it.
    expect(v.explanation).toMatch(/λ >= 1/);
    expect(v.lambda).toBeNull();
    expect(rowLabels(v.rows)).toEqual(['Round 1', 'Round 2', 'Round 3', 'Round 4', 'Round 5', 'Stop-and-copy']);
    const pts = roundPoints(v.rows);
    expect(pts.map((p) => p.label)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'S&C']);
    // Flat at the writable working set: λ ≥ 1 keeps each round as big as the hot set.
    expect(pts[2]!.sentMiB).toBeCloseTo(1024, 0);
  });
});

describe('scenario events and outcomes', () => {
  it('puts every event of an HA run into a sentence and gives each VM a verdict', () => {
    const b = new DesignBuilder();
    const cl = b.add('cluster', { name: 'prod' });
    const h1 = b.host({ name: 'esx-1' }, cl);
    const h2 = b.host({ name: 'esx-2' }, cl);
    const db = b.vm(h1.hv, { name: 'db', haPriority: 'high' });
    const off = b.vm(h1.hv, { name: 'scratch', haPriority: 'disabled' });
    void h2;
    const design = b.build();
    const { log, report } = run(design, scenario([{ at: 10, type: 'failHost', host: h1.host }]));
    const lines = eventLines(log, design);
    expect(lines.map((l) => l.text).join('\n')).toMatch(/Host esx-1 FAILED, taking down db, scratch/);
    expect(lines.find((l) => l.text.startsWith('HA restarts db'))).toMatchObject({ tone: 'good' });
    expect(lines.find((l) => l.text.startsWith('HA does not restart scratch'))!.text).toMatch(/disabled/);
    expect(vmVerdict(report.vms.find((v) => v.vm === db)!, report, log).verdict).toBe('Restarted by HA');
    expect(vmVerdict(report.vms.find((v) => v.vm === off)!, report, log)).toEqual({ verdict: 'Down', tone: 'bad' });
    expect(namer(design)(h1.host)).toBe('esx-1');
  });
});

describe('quick scenarios', () => {
  const { b, a, upA, vms } = twoHosts(1);
  const design = b.build();

  it('offers uplinks to cut and starts from the selection', () => {
    expect(linkChoices(design).map((l) => l.id)).toContain(upA);
    expect(quickFromSelection(design, [vms[0]!])).toEqual({ type: 'failHost', at: '10', host: a.host });
    expect(quickFromSelection(design, [upA])).toEqual({ type: 'cutLink', at: '10', link: upA });
  });

  it('builds a scenario the engine runs, or names the first problem', () => {
    expect(quickScenario([{ type: 'failHost', at: 'soon', host: a.host }], '1', '')).toEqual({ ok: false, error: 'Action 1: the time must be a number of seconds, 0 or more.' });
    expect(quickScenario([{ type: 'cutLink', at: '3', link: '' }], '1', '')).toMatchObject({ ok: false, error: 'Action 1: choose what to cut.' });
    const q = quickScenario([{ type: 'cutLink', at: '3', link: upA }], '9', '60');
    if (!q.ok) throw new Error(q.error);
    expect(q.scenario).toMatchObject({ seed: 9, durationS: 60, actions: [{ at: 3, type: 'cutLink', link: upA }] });
    expect(run(design, q.scenario).log.some((e) => e.type === 'link-cut')).toBe(true);
  });
});

describe('consolidation view', () => {
  /** Three hosts with one small VM each: FFD packs them onto one, two switch off. */
  function spread() {
    const b = new DesignBuilder();
    const hosts = [b.host({ name: 'h1' }), b.host({ name: 'h2' }), b.host({ name: 'h3' })];
    hosts.forEach((h, i) => b.vm(h.hv, { name: `v${i + 1}`, ramMiB: 2048, vcpus: 2, workload: { cpuPercent: 50, dirtyRateMiBs: 10, wwsMiB: 256 } }));
    return { design: b.build(), hosts };
  }

  it('computes power before and after from each host\'s power model at the plan\'s load', () => {
    const { design } = spread();
    const plan = planDesignConsolidation(design, 'ffd');
    const e = energyView(design, plan);
    const off = e.hosts.filter((h) => h.switchedOff);
    expect(off).toHaveLength(2);
    for (const h of off) expect(h.afterW).toBe(0);
    const on = e.hosts.find((h) => !h.switchedOff)!;
    const node = design.topology.nodes.get(on.host as NodeId) as Host;
    const threads = node.sockets * node.coresPerSocket * node.threadsPerCore;
    expect(on.uAfter).toBeCloseTo(3 / threads, 9);
    expect(on.afterW).toBeCloseTo(powerAt(node.power, 3 / threads), 9);
    expect(e.beforeKWhPerDay).toBeCloseTo((e.beforeW * 24) / 1000, 9);
    expect(e.savedPercent).toBeGreaterThan(50);
  });

  it('applies the plan as one engine batch: VMs nested in their new hosts, emptied hosts off', () => {
    const { design } = spread();
    const plan = planDesignConsolidation(design, 'bfd');
    const name = namer(design);
    expect(plan.plan.steps.map((s) => stepText(s, name))).toEqual(plan.plan.steps.map(() => expect.stringMatching(/^Migrate v\d from h\d to h\d\.$/)));
    const cmd = applyPlanCommand(design, plan);
    if (!cmd.ok) throw new Error(cmd.reason);
    const applied = applyCommand(design, cmd.command);
    if (!applied.ok) throw new Error(applied.error.message);
    const t = applied.value.design.topology;
    for (const s of plan.plan.steps) expect(t.nodes.get(t.nodes.get(s.vm as NodeId)!.parentId!)!.parentId).toBe(s.to);
    for (const h of plan.plan.hostsToSwitchOff) expect((t.nodes.get(h as NodeId) as Host).powerState).toBe('off');
  });
});

describe('overlay geometry', () => {
  it('runs from the facing side of the source to the near side of the destination', () => {
    const c = transferCurve({ x: 0, y: 0, width: 100, height: 50 }, { x: 300, y: 100, width: 100, height: 50 });
    expect(pointAt(c, 0)).toEqual({ x: 100, y: 25 });
    expect(pointAt(c, 1)).toEqual({ x: 300, y: 125 });
    const back = transferCurve({ x: 300, y: 0, width: 100, height: 50 }, { x: 0, y: 0, width: 100, height: 50 });
    expect(pointAt(back, 0).x).toBe(300);
    expect(pointAt(back, 1).x).toBe(100);
  });

  it('sizes the token by the share of memory the round carries', () => {
    expect(tokenRadius(0, 1024)).toBe(5);
    expect(tokenRadius(1024, 1024)).toBe(16);
    expect(tokenRadius(256, 1024)).toBeCloseTo(10.5, 9);
  });
});
