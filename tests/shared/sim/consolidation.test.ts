import { describe, expect, it } from 'vitest';
import { packVms, type BinHost, type BinVm } from '../../../shared/engine/sim/consolidation/binPacking';
import { CLASSIC_HOST_TYPES, CLASSIC_VM_TYPES, classicExperiment, type DcHostType } from '../../../shared/engine/sim/consolidation/classicSetup';
import { DynamicConsolidation } from '../../../shared/engine/sim/consolidation/dynamicConsolidation';
import { orderMigrations } from '../../../shared/engine/sim/consolidation/migrationPlan';
import { iqrOverloaded, lrOverloaded, lrPrediction, madOverloaded, thrOverloaded } from '../../../shared/engine/sim/consolidation/overload';
import { parsePlanetLabTrace } from '../../../shared/engine/sim/consolidation/planetlab';
import { selectMc, selectMmt, selectMu } from '../../../shared/engine/sim/consolidation/selection';
import { iqr, linearFit, mad, median, rSquared, rSquaredEach } from '../../../shared/engine/sim/consolidation/stats';
import { planDesignConsolidation } from '../../../shared/engine/sim/consolidation/designPlan';
import { createRandom } from '../../../shared/engine/sim/core/random';
import { HP_ML110_G5, powerAt } from '../../../shared/model';
import { DesignBuilder } from './designBuilder';

/** Synthetic PlanetLab-like day: a seeded random walk per VM, percent, 288 samples. */
export function syntheticTraces(count: number, seed: number): number[][] {
  const r = createRandom(seed);
  return Array.from({ length: count }, () => {
    let u = 5 + r.next() * 30;
    return Array.from({ length: 288 }, () => {
      u = Math.min(100, Math.max(0, u + (r.next() - 0.5) * 12));
      return Math.round(u);
    });
  });
}

describe('PlanetLab trace parser', () => {
  it('reads one percentage per line and skips blank lines', () => {
    expect(parsePlanetLabTrace('12\n0\n\n100\n')).toEqual({ ok: true, value: [12, 0, 100] });
  });

  it('names the bad line', () => {
    const r = parsePlanetLabTrace('1\n2\nabc\n', 'host-a');
    expect(!r.ok && r.error.message).toBe('host-a, line 3: "abc" is not a CPU utilization from 0 to 100 %.');
    expect(parsePlanetLabTrace('101').ok).toBe(false);
    expect(parsePlanetLabTrace('\n\n').ok).toBe(false);
  });
});

describe('statistics as CloudSim computes them', () => {
  it('median, MAD and IQR', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mad([1, 1, 2, 2, 4, 6, 9])).toBe(1);
    // n = 8: q1 = sorted[round(2.25) - 1] = sorted[1], q3 = sorted[round(6.75) - 1] = sorted[6].
    expect(iqr([8, 1, 7, 2, 6, 3, 5, 4])).toBe(7 - 2);
  });

  it('least squares line and R²', () => {
    expect(linearFit([2, 4, 6])).toEqual([0, 2]);
    const r = createRandom(3);
    const a = Array.from({ length: 30 }, () => r.next());
    const b = Array.from({ length: 30 }, () => r.next());
    const c = a.map((x, i) => x + 0.5 * b[i]! + 0.05 * r.next());
    const each = rSquaredEach([a, b, c], 30);
    expect(each[0]).toBeCloseTo(rSquared(a, [b, c]), 9);
    expect(each[2]).toBeCloseTo(rSquared(c, [a, b]), 9);
    expect(each[2]).toBeGreaterThan(0.95);
  });
});

describe('overload detection', () => {
  const flat = (v: number, n = 30) => new Array<number>(n).fill(v);
  it('THR compares with a static threshold', () => {
    expect(thrOverloaded(0.81, 0.8)).toBe(true);
    expect(thrOverloaded(0.8, 0.8)).toBe(false);
  });

  it('MAD and IQR need 12 samples, then use 1 - s·spread', () => {
    expect(madOverloaded(flat(0.5, 11), 0.99, 2.5)).toBeNull();
    const h = [0.5, 0.6, 0.5, 0.6, 0.5, 0.6, 0.5, 0.6, 0.5, 0.6, 0.5, 0.6];
    // MAD = 0.05 -> threshold 1 - 2.5·0.05 = 0.875.
    expect(madOverloaded(h, 0.88, 2.5)).toBe(true);
    expect(madOverloaded(h, 0.87, 2.5)).toBe(false);
    // IQR = 0.1 -> threshold 1 - 1.5·0.1 = 0.85.
    expect(iqrOverloaded(h, 0.86, 1.5)).toBe(true);
    expect(iqrOverloaded(h, 0.84, 1.5)).toBe(false);
  });

  it('LR extrapolates the last 10 samples one migration interval ahead', () => {
    const rising = Array.from({ length: 10 }, (_, j) => 0.9 - 0.05 * j); // most recent first
    expect(lrPrediction(rising, 1)).toBeCloseTo(0.95, 12);
    expect(lrOverloaded(rising, 1, 1.2)).toBe(true);
    expect(lrOverloaded(rising, 1, 1.0)).toBe(false);
    expect(lrPrediction(rising.slice(0, 9), 1)).toBeNull();
  });
});

describe('VM selection', () => {
  const vm = (ramMiB: number, utilization: number, history: number[] = []) => ({ ramMiB, utilization, history });
  it('MMT takes the least RAM, MU the least utilization, first on ties', () => {
    expect(selectMmt([vm(1740, 0.1), vm(613, 0.9), vm(613, 0.2)])).toBe(1);
    expect(selectMu([vm(1740, 0.3), vm(613, 0.9), vm(870, 0.3)])).toBe(0);
  });

  it('MC takes the VM best explained by the others, and falls back to MMT without enough history', () => {
    const r = createRandom(5);
    const a = Array.from({ length: 30 }, () => r.next());
    const b = Array.from({ length: 30 }, () => r.next());
    const c = a.map((x, i) => 0.7 * x + 0.3 * b[i]! + 0.01 * r.next());
    expect(selectMc([vm(100, 0, b), vm(100, 0, c), vm(100, 0, a)])).toBe(1);
    expect(selectMc([vm(900, 0, [0.1, 0.2]), vm(600, 0, [0.3, 0.1]), vm(700, 0, [0.2, 0.2])])).toBe(1);
  });
});

describe('bin packing and migration plans', () => {
  const hosts: BinHost[] = [{ id: 'h1', cpu: 10, ram: 100 }, { id: 'h2', cpu: 10, ram: 100 }, { id: 'h3', cpu: 10, ram: 100 }];
  it('FFD fills the first host that fits; BFD the tightest one', () => {
    const vms: BinVm[] = [{ id: 'a', cpu: 6, ram: 10, host: null }, { id: 'b', cpu: 5, ram: 10, host: null }, { id: 'c', cpu: 4, ram: 10, host: null }];
    expect(packVms(hosts, vms, 'ffd').assignment).toEqual({ a: 'h1', b: 'h2', c: 'h1' });
    const bfd = packVms([{ id: 'big', cpu: 10, ram: 100 }, { id: 'small', cpu: 5, ram: 50 }], [{ id: 'x', cpu: 4, ram: 40, host: null }], 'bfd');
    expect(bfd.assignment).toEqual({ x: 'small' });
    expect(packVms(hosts, [{ id: 'huge', cpu: 11, ram: 1, host: null }], 'ffd').unplaced[0]!.reason).toMatch(/no host has 11 CPU/);
  });

  it('orders moves so that no step overfills a host', () => {
    const cap: BinHost[] = [{ id: 'A', cpu: 10, ram: 10 }, { id: 'B', cpu: 12, ram: 10 }];
    const vms: BinVm[] = [{ id: 'x', cpu: 6, ram: 1, host: 'A' }, { id: 'y', cpu: 6, ram: 1, host: 'B' }, { id: 'z', cpu: 3, ram: 1, host: 'B' }];
    // z must leave B before x can arrive.
    const plan = orderMigrations(cap, vms, { x: 'B', z: 'A' });
    expect(plan.steps.map((s) => s.vm)).toEqual(['z', 'x']);
    expect(plan.needsScratch).toBe(false);
  });

  it('detects a swap and routes it through a scratch host, or says it is blocked', () => {
    const vms: BinVm[] = [{ id: 'x', cpu: 8, ram: 1, host: 'A' }, { id: 'y', cpu: 8, ram: 1, host: 'B' }];
    const two: BinHost[] = [{ id: 'A', cpu: 10, ram: 10 }, { id: 'B', cpu: 10, ram: 10 }];
    const blocked = orderMigrations(two, vms, { x: 'B', y: 'A' });
    expect(blocked.blocked!.vms.sort()).toEqual(['x', 'y']);
    const withSpare = orderMigrations([...two, { id: 'S', cpu: 10, ram: 10 }], vms, { x: 'B', y: 'A' });
    expect(withSpare.needsScratch).toBe(true);
    expect(withSpare.steps.map((s) => [s.vm, s.to, s.kind])).toEqual([['x', 'S', 'to-scratch'], ['y', 'A', 'move'], ['x', 'B', 'from-scratch']]);
    expect(withSpare.blocked).toBeNull();
  });

  it('plans a design: packs onto fewer hosts and lists the hosts to switch off', () => {
    const b = new DesignBuilder();
    const hs = [b.host({ ramGiB: 16 }), b.host({ ramGiB: 16 }), b.host({ ramGiB: 16 })];
    hs.forEach((h) => b.vm(h.hv, { ramMiB: 4096, vcpus: 2, workload: { cpuPercent: 20, dirtyRateMiBs: 1, wwsMiB: 64 } }));
    const p = planDesignConsolidation(b.build(), 'ffd');
    expect(p.hostsBefore).toBe(3);
    expect(p.hostsAfter).toBe(1);
    expect(p.plan.steps).toHaveLength(2);
    expect(p.plan.hostsToSwitchOff).toHaveLength(2);
  });
});

describe('dynamic consolidation', () => {
  const G5: DcHostType = CLASSIC_HOST_TYPES[1]!;
  const constant = (pct: number) => new Array<number>(288).fill(pct);

  it('integrates power over the day: one host at 25 % for 24 h', () => {
    const m = new DynamicConsolidation({ hosts: [G5], vms: [{ type: { mips: 2660, ramMiB: 870, bwMbps: 100 }, trace: constant(50) }], policy: 'thr', selection: 'mmt' }).runToEnd();
    expect(m.energyKWh).toBeCloseTo((powerAt(HP_ML110_G5, 0.25) * 86400) / 3.6e6, 9);
    expect(m.migrations).toBe(0);
    expect(m.slatah).toBe(0);
    expect(m.meanActiveHosts).toBeCloseTo(1, 12);
  });

  it('moves the smallest VM off an overloaded host; the migration costs 10 % of its CPU while it lasts (PDM)', () => {
    const a = { type: { mips: 2500, ramMiB: 870, bwMbps: 100 }, trace: constant(100) };
    const b = { type: { mips: 2000, ramMiB: 1740, bwMbps: 100 }, trace: constant(100) };
    const m = new DynamicConsolidation({ hosts: [G5, G5], vms: [a, b], policy: 'thr', safety: 0.8, selection: 'mmt' }).runToEnd();
    expect(m.migrations).toBe(1);
    const d = (870 * 16) / 1000;
    expect(m.pdm).toBeCloseTo((0.1 * 2500 * d) / (4500 * 86400), 15);
    const P = (mips: number) => powerAt(HP_ML110_G5, mips / 5320);
    const first = P(4500) * d + P(2000) * (300 - d) + P(250) * d + P(2500) * (300 - d);
    const rest = (P(2000) + P(2500)) * (86400 - 300);
    expect(m.energyKWh).toBeCloseTo((first + rest) / 3.6e6, 9);
    expect(m.slav).toBe(m.slatah * m.pdm);
  });

  it('switches off emptied hosts and saves energy on a synthetic day; the run is deterministic', () => {
    const traces = syntheticTraces(60, 11);
    const run = () => new DynamicConsolidation(classicExperiment(traces, { hosts: 60, policy: 'lr', selection: 'mmt' })).runToEnd();
    const m = run();
    expect(m.migrations).toBeGreaterThan(0);
    expect(m.hostShutdowns).toBeGreaterThan(0);
    expect(m.meanActiveHosts).toBeLessThan(30);
    expect(JSON.stringify(run())).toBe(JSON.stringify(m));
    // A lower static threshold keeps more hosts busy: more energy.
    const at = (safety: number) => new DynamicConsolidation({ ...classicExperiment(traces, { hosts: 60 }), policy: 'thr', safety }).runToEnd();
    expect(at(0.5).energyKWh).toBeGreaterThan(at(1).energyKWh);
  });

  it('runs every detector with every selection policy', () => {
    const traces = syntheticTraces(24, 2);
    for (const policy of ['thr', 'mad', 'iqr', 'lr'] as const) {
      for (const selection of ['mmt', 'mu', 'mc'] as const) {
        const m = new DynamicConsolidation(classicExperiment(traces, { hosts: 24, policy, selection })).runToEnd();
        expect(m.simulatedS).toBe(86400);
        expect(m.energyKWh).toBeGreaterThan(0);
        expect(m.slatah).toBeGreaterThanOrEqual(0);
        expect(m.slatah).toBeLessThanOrEqual(1);
      }
    }
  });

  it('uses the classic VM types round-robin and alternating host types', () => {
    const input = classicExperiment(syntheticTraces(5, 1), { hosts: 4 });
    expect(input.vms.map((v) => v.type)).toEqual([...CLASSIC_VM_TYPES, CLASSIC_VM_TYPES[0]]);
    expect(input.hosts.map((h) => h.label)).toEqual(['HP ProLiant ML110 G4', 'HP ProLiant ML110 G5', 'HP ProLiant ML110 G4', 'HP ProLiant ML110 G5']);
  });
});
