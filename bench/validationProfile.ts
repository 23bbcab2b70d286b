// Where a full validation of the benchmark design spends its time (issue 3), for whoever works on it next.
// Usage: node --expose-gc --import tsx bench/validationProfile.ts
// Prints the phases (index build alone, the walk with no rules, the whole pass, GC per pass) and each
// rule's time inside the walk. Per-rule times come from wrapping every check in a timer: they add a
// fixed cost per check (printed, and subtracted) and shift cache misses onto the first rule that
// touches an object, so read them as a ranking, not as exact costs. Not a *.bench.ts: `npm run bench`
// does not run it.
import { PerformanceObserver } from 'node:perf_hooks';
import { RULES } from '../shared/engine/rules/registry';
import type { Rule } from '../shared/engine/rules/types';
import { LiveValidator } from '../shared/engine/validation/liveValidator';
import { TopologyIndex } from '../shared/engine/validation/topologyIndex';
import { benchTopology } from '../tests/shared/validation/findingsFingerprint';

const design = benchTopology().design;
const cpuMedian = (fn: () => void, runs = 21): number => {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    xs.push((c.user + c.system) / 1000);
  }
  return xs.sort((a, b) => a - b)[runs >> 1]!;
};

for (let i = 0; i < 3; i++) new LiveValidator().full(design);
let gcMs = 0;
const gc = new PerformanceObserver((l) => { for (const e of l.getEntries()) gcMs += e.duration; });
gc.observe({ entryTypes: ['gc'] });
const full = cpuMedian(() => new LiveValidator().full(design));
// GC entries arrive asynchronously: read them once they have.
setTimeout(() => {
  gc.disconnect();
  const index = cpuMedian(() => TopologyIndex.withRoots(design.topology));
  const walk = cpuMedian(() => new LiveValidator([]).full(design));
  console.log(`CPU medians: full pass ${full.toFixed(1)} ms (GC ${(gcMs / 21).toFixed(1)} ms per pass on average); index build ${index.toFixed(1)} ms; index + walk with no rules ${walk.toFixed(1)} ms`);
  perRule();
}, 100);

function perRule(): void {
  const spent = new Map<string, number>(RULES.map((r) => [r.id, 0]));
  const checks = new Map<string, number>(RULES.map((r) => [r.id, 0]));
  let timerOnly = 0;
  const timed: Rule[] = RULES.map((r) => ({ ...r, check(ctx, s, report) {
    const t0 = performance.now();
    r.check(ctx, s, report);
    spent.set(r.id, spent.get(r.id)! + performance.now() - t0);
    checks.set(r.id, checks.get(r.id)! + 1);
  } }));
  const empty: Rule[] = RULES.map((r) => ({ ...r, check() {
    const t0 = performance.now();
    timerOnly += performance.now() - t0;
  } }));
  const RUNS = 10;
  for (let i = 0; i < 3; i++) {
    new LiveValidator(timed).full(design);
    new LiveValidator(empty).full(design);
  }
  for (const k of spent.keys()) { spent.set(k, 0); checks.set(k, 0); }
  timerOnly = 0;
  for (let i = 0; i < RUNS; i++) {
    new LiveValidator(timed).full(design);
    new LiveValidator(empty).full(design);
  }
  let total = 0;
  for (const c of checks.values()) total += c;
  const perCheck = timerOnly / total;
  const rows = RULES.map((r) => ({ id: r.id, ms: (spent.get(r.id)! - perCheck * checks.get(r.id)!) / RUNS, n: checks.get(r.id)! / RUNS })).sort((a, b) => b.ms - a.ms);
  console.log(`${total / RUNS} checks per pass; timer cost ${(perCheck * 1e6).toFixed(0)} ns per check, subtracted`);
  for (const { id, ms, n } of rows) console.log(`  ${id.padEnd(40)} ${ms.toFixed(2).padStart(6)} ms  ${String(n).padStart(6)} checks  ${((ms / n) * 1e6).toFixed(0).padStart(6)} ns each`);
}
