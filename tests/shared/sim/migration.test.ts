import { describe, expect, it } from 'vitest';
import { simulateMigration } from '../../../shared/engine/sim/migration/simulateMigration';
import type { MigrationParams } from '../../../shared/engine/sim/migration/params';
import type { MigrationResult } from '../../../shared/engine/sim/migration/telemetry';
import { expectedFaultMiB } from '../../../shared/engine/sim/migration/postcopyFaults';
import { skippingScanTime } from '../../../shared/engine/sim/migration/fluidMemory';

function run(p: MigrationParams): MigrationResult {
  const r = simulateMigration(p);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const base = { memoryMiB: 1024, bandwidthMiBs: 100, dirtyRateMiBs: 20 };

describe('pre-copy, threshold policy (DOMAIN.md worked example)', () => {
  it('M=1024, R=100, D=20, threshold 30 MiB: 1277.952 MiB in 12.78 s, downtime 81.92 ms + T_resume', () => {
    const r = run({ ...base, thresholdMiB: 30 });
    expect(r.transferredMiB).toBeCloseTo(1277.952, 6);
    expect(r.totalTimeS).toBeCloseTo(12.77952, 6);
    expect(r.downtimeMs).toBeCloseTo(81.92, 6);
    expect(r.rounds).toBe(3);
    expect(r.perRound.map((x) => x.sentMiB)).toEqual([1024, 204.8, 40.96, 8.192].map((v) => expect.closeTo(v, 9)));
    expect(r.perRound.map((x) => x.phase)).toEqual(['live', 'live', 'live', 'stop-and-copy']);
    expect(r.converged).toBe(true);
    expect(r.stopReason).toBe('threshold-reached');
  });

  it('adds T_resume to downtime and total', () => {
    const r = run({ ...base, thresholdMiB: 30, resumeMs: 20 });
    expect(r.downtimeMs).toBeCloseTo(101.92, 6);
    expect(r.totalTimeS).toBeCloseTo(12.79952, 6);
  });

  it('reports QEMU telemetry names in QEMU units on every row', () => {
    const r = run({ ...base, thresholdMiB: 30 });
    const first = r.perRound[0]!;
    expect(first.transferred).toBe(1024 * 1024 * 1024);
    expect(first.remaining).toBe(Math.round(204.8 * 1024 * 1024));
    expect(first.total).toBe(1024 * 1024 * 1024);
    expect(first['dirty-pages-rate']).toBe(Math.round((20 * 256)));
    expect(first.mbps).toBeCloseTo((100 * 1024 * 1024 * 8) / 1e6, 6);
    expect(first['dirty-sync-count']).toBe(2);
    expect(first['expected-downtime']).toBeCloseTo(2048, 6);
    expect(r.perRound.at(-1)!.downtime).toBeCloseTo(81.92, 6);
  });

  it('never converges when λ >= 1: the round cap ends it with the hot set sent while paused', () => {
    const r = run({ ...base, dirtyRateMiBs: 150, wwsMiB: 512 });
    expect(r.rounds).toBe(30);
    expect(r.transferredMiB).toBeCloseTo(1024 + 30 * 512, 6);
    expect(r.downtimeMs).toBeCloseTo(5120, 6);
    expect(r.converged).toBe(false);
    expect(r.stopReason).toBe('max-rounds');
    expect(r.stopDetail).toMatch(/λ >= 1/);
  });

  it('caps every round after the first at the writable working set', () => {
    const r = run({ ...base, dirtyRateMiBs: 50, wwsMiB: 100, thresholdMiB: 10, maxRounds: 4 });
    expect(r.perRound.slice(1).every((x) => x.sentMiB <= 100 + 1e-9)).toBe(true);
    expect(r.perRound[1]!.sentMiB).toBeCloseTo(100, 9);
  });
});

describe('pre-copy, Xen policies', () => {
  it('xen-legacy without skipping: geometric rounds until fewer than 50 pages are dirty', () => {
    const r = run({ ...base, policy: 'xen-legacy', skipRedirtied: false });
    expect(r.rounds).toBe(6);
    expect(r.transferredMiB).toBeCloseTo((1024 * (1 - 0.2 ** 7)) / 0.8, 6);
    expect(r.downtimeMs).toBeCloseTo(0.65536, 6);
    expect(r.stopReason).toBe('few-dirty-pages');
  });

  it('xen-legacy stops after 3 x memory sent', () => {
    const r = run({ ...base, policy: 'xen-legacy', dirtyRateMiBs: 150, skipRedirtied: false });
    expect(r.rounds).toBe(4);
    expect(r.stopReason).toBe('data-cap');
    expect(r.transferredMiB).toBeCloseTo(5 * 1024, 6);
    expect(r.converged).toBe(false);
  });

  it('xen-legacy stops after 29 live iterations', () => {
    const r = run({ ...base, policy: 'xen-legacy', dirtyRateMiBs: 100, wwsMiB: 1, skipRedirtied: false });
    expect(r.rounds).toBe(29);
    expect(r.stopReason).toBe('max-rounds');
    expect(r.transferredMiB).toBeCloseTo(1024 + 28 + 1, 6);
  });

  it('xen-legacy skips re-dirtied pages: the first round lasts (W/D)·ln(1 + D·M/(R·W))', () => {
    const r = run({ ...base, policy: 'xen-legacy' });
    expect(r.perRound[0]!.durationS).toBeCloseTo((1024 / 20) * Math.log(1.2), 9);
    const noSkip = run({ ...base, policy: 'xen-legacy', skipRedirtied: false });
    expect(r.transferredMiB).toBeLessThan(noSkip.transferredMiB);
  });

  it('the skipping scan time reduces to x/R without writes and is below it with them', () => {
    expect(skippingScanTime(100, 10, 0.5, 0)).toBeCloseTo(10, 12);
    expect(skippingScanTime(100, 10, 0.5, 0.05)).toBeLessThan(10);
    // b -> 1 joins the closed form for an all-hot set.
    expect(skippingScanTime(100, 10, 1 - 1e-7, 0.05)).toBeCloseTo(Math.log1p(0.5) / 0.05, 4);
  });

  it('xen-v2 stops after 5 iterations', () => {
    const r = run({ ...base, policy: 'xen-v2' });
    expect(r.rounds).toBe(5);
    expect(r.stopReason).toBe('max-rounds');
    expect(r.downtimeMs).toBeCloseTo(1024 * 0.2 ** 5 * 10, 6);
  });

  it('xen-v2 stops early when fewer than 50 pages are dirty', () => {
    const r = run({ ...base, policy: 'xen-v2', dirtyRateMiBs: 5 });
    expect(r.rounds).toBe(3);
    expect(r.stopReason).toBe('few-dirty-pages');
    expect(r.transferredMiB).toBeCloseTo(1024 + 51.2 + 2.56 + 0.128, 6);
  });
});

describe('pre-copy, QEMU policy', () => {
  it('syncs the bitmap only when remaining < bandwidth x downtime limit, then switches over', () => {
    const r = run({ ...base, policy: 'qemu' });
    // Bursts of 10 MiB: 1000 -> sync (224) -> 200 -> sync (64) -> 40 -> sync (32) -> 10 -> sync (24 < 30).
    expect(r.perRound.map((x) => x.sentMiB)).toEqual([1000, 200, 40, 10, 24].map((v) => expect.closeTo(v, 9)));
    expect(r.totalTimeS).toBeCloseTo(12.74, 9);
    expect(r.downtimeMs).toBeCloseTo(240, 9);
    expect(r.rounds).toBe(4);
    expect(r.perRound.map((x) => x['dirty-sync-count'])).toEqual([2, 3, 4, 5, 5]);
    expect(r.stopReason).toBe('fits-downtime-limit');
  });

  it('honours max-bandwidth in the live phase but sends the remainder at link speed', () => {
    const r = run({ ...base, bandwidthMiBs: 1000, policy: 'qemu' });
    const live = r.perRound.filter((x) => x.phase === 'live');
    expect(live.every((x) => Math.abs(x.mbps - (128 * 1024 * 1024 * 8) / 1e6) < 1e-6)).toBe(true);
    const last = r.perRound.at(-1)!;
    expect(last.phase).toBe('stop-and-copy');
    expect(r.downtimeMs).toBeCloseTo((last.sentMiB / 1000) * 1000, 9);
    expect(r.downtimeMs).toBeLessThan(300 / 5);
  });

  it('sends untouched (zero) pages as a few bytes each', () => {
    const full = run({ ...base, policy: 'qemu' });
    const sparse = run({ ...base, policy: 'qemu', touchedMiB: 256 });
    expect(sparse.totalTimeS).toBeLessThan(full.totalTimeS / 2);
  });

  it('aborts at the management timeout when the hot set cannot converge (800 s per GiB)', () => {
    const r = run({ ...base, policy: 'qemu', dirtyRateMiBs: 150, wwsMiB: 512 });
    expect(r.completed).toBe(false);
    expect(r.stopReason).toBe('timeout-aborted');
    expect(r.totalTimeS).toBeGreaterThanOrEqual(800);
    expect(r.totalTimeS).toBeLessThan(802);
    expect(r.downtimeMs).toBe(0);
  });

  it('forces completion by pausing when asked to', () => {
    const r = run({ ...base, policy: 'qemu', dirtyRateMiBs: 150, wwsMiB: 512, timeoutSPerGiB: 100, timeoutAction: 'force-complete' });
    expect(r.completed).toBe(true);
    expect(r.stopReason).toBe('timeout-forced');
    expect(r.downtimeMs).toBeGreaterThan(1000);
  });

  it('auto-converge throttles 20 % then +10 % per step until it converges', () => {
    const r = run({ ...base, policy: 'qemu', dirtyRateMiBs: 150, wwsMiB: 512, autoConverge: true });
    expect(r.completed).toBe(true);
    expect(r.stopReason).toBe('fits-downtime-limit');
    const steps = [...new Set(r.perRound.map((x) => x['cpu-throttle-percentage']))];
    expect(steps.slice(0, 3)).toEqual([0, 20, 30]);
    expect(steps.every((s) => s <= 99)).toBe(true);
  });

  it('switches to post-copy after the given number of syncs', () => {
    const r = run({ ...base, policy: 'qemu', dirtyRateMiBs: 150, wwsMiB: 512, postcopyAfterSyncs: 3 });
    expect(r.stopReason).toBe('switched-to-postcopy');
    expect(r.completed).toBe(true);
    expect(r.perRound.map((x) => x.phase)).toEqual(['live', 'live', 'live', 'device-state', 'postcopy']);
    expect(r.postcopyRequests).toBeGreaterThan(0);
    expect(r.downtimeMs).toBeCloseTo(10, 9);
  });
});

describe('post-copy, hybrid and cold', () => {
  it('post-copy: downtime = state/R + T_resume, total = downtime + M/R, each page sent once', () => {
    const r = run({ ...base, mode: 'postcopy', wwsMiB: 256, deviceStateMiB: 2, resumeMs: 5 });
    expect(r.downtimeMs).toBeCloseTo(20 + 5, 9);
    expect(r.totalTimeS).toBeCloseTo(0.02 + 0.005 + 10.24, 9);
    expect(r.transferredMiB).toBeCloseTo(1026, 9);
    expect(r.postcopyRequests).toBeGreaterThan(0);
  });

  it('pre-paging reduces network page faults', () => {
    const withPre = run({ ...base, mode: 'postcopy', wwsMiB: 256 });
    const without = run({ ...base, mode: 'postcopy', wwsMiB: 256, prepaging: false });
    expect(withPre.postcopyRequests).toBeLessThan(without.postcopyRequests);
  });

  it('the fault formula: H·(1 - (1 - e^{-kT})/(kT))', () => {
    const kT = (20 / 256) * 10.24;
    expect(expectedFaultMiB(256, 256, 20, 10.24)).toBeCloseTo(256 * (1 - (1 - Math.exp(-kT)) / kT), 9);
    expect(expectedFaultMiB(256, 256, 0, 10)).toBe(0);
  });

  it('hybrid: one pass M/R, then post-copy of what was dirtied meanwhile', () => {
    const r = run({ ...base, mode: 'hybrid', deviceStateMiB: 1 });
    expect(r.rounds).toBe(1);
    expect(r.transferredMiB).toBeCloseTo(1024 + 1 + 204.8, 6);
    expect(r.totalTimeS).toBeCloseTo(10.24 + 0.01 + 2.048, 6);
    expect(r.downtimeMs).toBeCloseTo(10, 9);
    expect(r.stopReason).toBe('hybrid');
  });

  it('cold: downtime = total = (M + disk)/R + T_resume', () => {
    const r = run({ ...base, mode: 'cold', diskMiB: 976, resumeMs: 30_000 });
    expect(r.totalTimeS).toBeCloseTo(20 + 30, 9);
    expect(r.downtimeMs).toBeCloseTo(50_000, 6);
  });
});

describe('page-level model', () => {
  it('is deterministic for a seed and close to the analytic model', () => {
    const p: MigrationParams = { ...base, thresholdMiB: 30, pageLevel: true, seed: 7 };
    const a = run(p);
    expect(JSON.stringify(run(p))).toBe(JSON.stringify(a));
    expect(JSON.stringify(run({ ...p, seed: 8 }))).not.toBe(JSON.stringify(a));
    // Random writes hit some pages twice, so fewer distinct pages are dirty than D·T: a little less data.
    const analytic = run({ ...base, thresholdMiB: 30 });
    expect(a.transferredMiB).toBeLessThan(analytic.transferredMiB);
    expect(a.transferredMiB).toBeGreaterThan(analytic.transferredMiB * 0.95);
  });

  it('distinct dirty pages after a round follow W(1 - e^{-D·T/W})', () => {
    const r = run({ ...base, wwsMiB: 256, pageLevel: true, thresholdMiB: 1000 });
    const T = r.perRound[0]!.durationS;
    const expected = 256 * (1 - Math.exp((-20 * T) / 256));
    expect(r.perRound[0]!.remaining / 2 ** 20).toBeCloseTo(expected, -1);
  });

  it('post-copy faults agree with the analytic estimate within 25 %', () => {
    for (const prepaging of [true, false]) {
      const page = run({ ...base, mode: 'postcopy', wwsMiB: 256, pageLevel: true, prepaging });
      const fluid = run({ ...base, mode: 'postcopy', wwsMiB: 256, prepaging });
      expect(Math.abs(page.postcopyRequests - fluid.postcopyRequests) / fluid.postcopyRequests).toBeLessThan(0.25);
    }
  });

  it('xen-legacy skipping works page by page too', () => {
    const skip = run({ ...base, wwsMiB: 256, pageLevel: true, policy: 'xen-legacy' });
    const noSkip = run({ ...base, wwsMiB: 256, pageLevel: true, policy: 'xen-legacy', skipRedirtied: false });
    expect(skip.perRound[0]!.sentMiB).toBeLessThan(noSkip.perRound[0]!.sentMiB);
  });
});

describe('parameters', () => {
  it('refuses nonsense with the parameter named', () => {
    const r = simulateMigration({ memoryMiB: -1, dirtyRateMiBs: 1, bandwidthMiBs: 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/memoryMiB must be a positive number/);
    const z = simulateMigration({ memoryMiB: 1, dirtyRateMiBs: 1, bandwidthMiBs: 0 });
    expect(!z.ok && z.error.path).toBe('bandwidthMiBs');
  });
});
