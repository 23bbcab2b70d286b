// Simulation benchmarks (issue 4). Run: npm run bench -- sim
// The PlanetLab day is read from $VIRTLAB_PLANETLAB_DIR, or the first argument, or
// ../shared/data/planetlab/20110303 next to the repository; without it that benchmark is skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classicExperiment } from '../shared/engine/sim/consolidation/classicSetup';
import { DynamicConsolidation } from '../shared/engine/sim/consolidation/dynamicConsolidation';
import { parsePlanetLabTrace } from '../shared/engine/sim/consolidation/planetlab';
import { createRandom } from '../shared/engine/sim/core/random';
import { simulateMigration } from '../shared/engine/sim/migration/simulateMigration';
import { ScenarioRun } from '../shared/engine/sim/scenario/scenarioRun';
import { DEFAULT_PROPS, DEFAULT_SETTINGS, edgeId, nodeId, type Design, type EdgeId, type Element, type Kind, type NodeId, type PropsOf, type Relation, type ScenarioAction } from '../shared/model';

const RUNS = 5;
const repo = resolve(import.meta.dirname, '..');
const traceDir = process.env.VIRTLAB_PLANETLAB_DIR ?? process.argv[2] ?? resolve(repo, '../shared/data/planetlab/20110303');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Wall time and CPU time (user + system) of f: on a shared, overloaded machine the CPU time shows the work, the wall time the wait too. */
function time<T>(f: () => T): { ms: number; cpuMs: number; value: T } {
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

// 1. One day of PlanetLab traces, LR-MMT (target < 2 s wall, < 500 MB).
function planetlabDay(): void {
  if (!existsSync(traceDir)) {
    console.log(`PlanetLab day, LR-MMT: SKIPPED — no trace folder at ${traceDir} (set VIRTLAB_PLANETLAB_DIR or pass the folder as the first argument).`);
    return;
  }
  const walls: number[] = [];
  const cpus: number[] = [];
  const sims: number[] = [];
  let metrics = null as ReturnType<DynamicConsolidation['metrics']> | null;
  let vms = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => {
      const traces = readdirSync(traceDir).filter((f) => !f.startsWith('.')).sort().map((f) => {
        const r = parsePlanetLabTrace(readFileSync(join(traceDir, f), 'utf8'), f);
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      });
      vms = traces.length;
      const sim = time(() => new DynamicConsolidation(classicExperiment(traces, { policy: 'lr', selection: 'mmt' })).runToEnd());
      sims.push(sim.ms);
      return sim.value;
    });
    walls.push(run.ms);
    cpus.push(run.cpuMs);
    metrics = run.value;
  }
  const m = metrics!;
  console.log(`PlanetLab day (${vms} VMs, 800 hosts), LR-MMT 1.2: median ${median(walls).toFixed(0)} ms wall, ${median(cpus).toFixed(0)} ms CPU (read + parse + simulate; simulate alone ${median(sims).toFixed(0)} ms wall), wall per run: ${walls.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.log(`  peak RSS of the process after this benchmark: ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(`  energy ${m.energyKWh.toFixed(2)} kWh, ${m.migrations} migrations, SLATAH ${(m.slatah * 100).toFixed(2)} %, PDM ${(m.pdm * 100).toFixed(3)} %, SLAV ${m.slav.toExponential(2)}, ${m.hostShutdowns} host shutdowns`);
}

// 2. 1,000 concurrent pre-copy migrations over shared links on a 1,000-host topology.
function fabricDesign(): { design: Design; actions: ScenarioAction[] } {
  const nodes = new Map<NodeId, Element>();
  const edges = new Map<EdgeId, Relation>();
  let seq = 1;
  const add = <K extends Kind>(kind: K, props: Partial<PropsOf<K>>, parentId: NodeId | null): NodeId => {
    const id = nodeId(`${kind}-${seq++}`);
    nodes.set(id, { ...structuredClone(DEFAULT_PROPS[kind]), ...props, id, kind, parentId } as unknown as Element);
    return id;
  };
  const link = (source: NodeId, target: NodeId, speedMbps: number) => {
    const id = edgeId(`edge-${seq++}`);
    edges.set(id, { id, relation: 'uplinksTo', source, target, props: { mode: 'trunk', vlans: [], speedMbps, mtu: 9000 } });
  };
  // 25 racks of 40 hosts; each host 10 Gbit/s to its top-of-rack switch, each ToR 40 Gbit/s to the core.
  const core = add('physicalSwitch', { name: 'core', speedMbps: 100_000 }, null);
  const hosts: NodeId[] = [];
  const vms: NodeId[] = [];
  const r = createRandom(42);
  for (let rack = 0; rack < 25; rack++) {
    const tor = add('physicalSwitch', { name: `tor-${rack}`, speedMbps: 40_000 }, null);
    link(tor, core, 40_000);
    for (let i = 0; i < 40; i++) {
      const host = add('host', { name: `h-${rack}-${i}`, ramGiB: 256 }, null);
      const hv = add('hypervisor', { name: 'kvm', overheadRamMiB: 0, ramOvercommitPercent: 100 }, host);
      link(host, tor, 10_000);
      hosts.push(host);
      vms.push(add('vm', { name: `vm-${rack}-${i}`, ramMiB: 4096, vcpus: 2, workload: { cpuPercent: 30, dirtyRateMiBs: 20 + r.next() * 180, wwsMiB: 256 + r.int(768) } }, hv));
    }
  }
  const policies = ['qemu', 'threshold', 'xen-legacy', 'xen-v2'] as const;
  const actions: ScenarioAction[] = vms.map((vm, i) => ({ at: 0, type: 'migrate', vm, to: hosts[(i + 500) % 1000]!, mode: 'precopy', policy: policies[i % 4]! }));
  return { design: { topology: { nodes, edges, settings: { ...DEFAULT_SETTINGS }, nextSeq: seq }, layout: {}, scenarios: [] }, actions };
}

function concurrentMigrations(): void {
  const { design, actions } = fabricDesign();
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const walls: number[] = [];
  let events = 0;
  let logged = 0;
  let completed = 0;
  let end = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => {
      const sim = new ScenarioRun(design, { name: 'evacuate-half', seed: 1, durationS: 0, actions });
      const report = sim.runToEnd();
      return { report, events: sim.sim.eventsProcessed, logged: sim.log.length };
    });
    walls.push(run.ms);
    events = run.value.events;
    logged = run.value.logged;
    completed = run.value.report.migrations.filter((m) => m.status === 'completed').length;
    end = run.value.report.endTimeS;
    rates.push(events / (run.ms / 1000));
    cpuRates.push(events / (run.cpuMs / 1000));
  }
  console.log(`1,000 concurrent pre-copy migrations, 1,000 hosts in 25 racks: median ${median(walls).toFixed(0)} ms, ${events} simulation events (${logged} logged) -> median ${median(rates).toFixed(0)} events/s wall, ${median(cpuRates).toFixed(0)} events/s of CPU time; ${completed} completed, last at ${end.toFixed(1)} s simulated`);
}

// 3. Page-level pre-copy of a 16 GiB VM (target < 1 s).
function pageLevel16GiB(): void {
  const walls: number[] = [];
  const cpus: number[] = [];
  let summary = '';
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => simulateMigration({ memoryMiB: 16384, dirtyRateMiBs: 200, wwsMiB: 2048, bandwidthMiBs: 1192, policy: 'xen-legacy', pageLevel: true, seed: 1 }));
    walls.push(run.ms);
    cpus.push(run.cpuMs);
    if (!run.value.ok) throw new Error(run.value.error.message);
    const r = run.value.value;
    summary = `${r.rounds} rounds, ${r.transferredMiB.toFixed(0)} MiB sent, ${r.totalTimeS.toFixed(2)} s simulated, downtime ${r.downtimeMs.toFixed(1)} ms (${r.stopReason})`;
  }
  console.log(`Page-level pre-copy of a 16 GiB VM (4,194,304 pages, xen-legacy, D = 200 MiB/s, W = 2 GiB, 10 GbE): median ${median(walls).toFixed(0)} ms wall, ${median(cpus).toFixed(0)} ms CPU; ${summary}`);
}

const load = (): string => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
};
console.log(`Node ${process.version}, ${RUNS} runs each, medians; load average before: ${load()}`);
planetlabDay();
concurrentMigrations();
pageLevel16GiB();
console.log(`Peak RSS of this process: ${mb(process.resourceUsage().maxRSS * 1024)}; load average after: ${load()}`);
