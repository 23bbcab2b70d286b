// Validation benchmark (issue 3): a generated data centre of 1,000 hosts and 10,000 VMs.
// Full validation from scratch, incremental re-validation after one edit (several kinds of edit), the
// diff path used by undo, and memory. Reports medians of many runs measured in this one process, as
// wall-clock time and as this process's CPU time (which excludes time other processes took the CPU).
import { applyCommand } from '../shared/engine/commands/apply';
import { LiveValidator } from '../shared/engine/validation/liveValidator';
import { validateDesign } from '../shared/engine/validation/validate';
import { parseProject, serializeProject } from '../shared/schema/project';
import { BASELINE } from '../tests/shared/validation/findingsBaseline';
import { benchEdits, benchFingerprints, benchTopology } from '../tests/shared/validation/findingsFingerprint';
import { loadavg } from 'node:os';
import { median, time } from './support';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMiB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));


const heap0 = heapMiB();
const big = benchTopology();
const heapDesign = heapMiB();
const t = big.design.topology;
console.log(`design: ${t.nodes.size} elements, ${t.edges.size} connections; ${big.hosts.length} hosts, ${big.vms.length} VMs, ${big.clusters.length} clusters`);
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${process.version})`);

for (let i = 0; i < 3; i++) validateDesign(big.design); // warm up the JIT

// Full validation from scratch (index build included): of the design as generated, and of the same
// design as a user opens it (saved, then loaded: JSON.parse, schema check, Maps), in alternating rounds
// so a burst of load on this shared machine falls on both alike rather than on one block. (A function,
// so the opened design is garbage before memory is measured.)
function fullPasses(): void {
  const text = serializeProject(big.design);
  let opened = big.design;
  const load = time(() => {
    const r = parseProject(text);
    if (!r.ok) throw new Error(r.error.message);
    opened = r.value.design;
  });
  for (let i = 0; i < 3; i++) validateDesign(opened);
  const FULL_RUNS = 40;
  const full: [number, number][] = [];
  const fromFile: [number, number][] = [];
  let findings = 0;
  // Four rounds of ten consecutive passes of each (passes of one design back to back, as an app repeats
  // them; the two designs together are larger than the CPU's cache).
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < FULL_RUNS / 4; i++) full.push(time(() => { findings = validateDesign(big.design).length; }));
    for (let i = 0; i < FULL_RUNS / 4; i++) fromFile.push(time(() => validateDesign(opened)));
  }
  console.log(`\nfull validation (${FULL_RUNS} runs): median ${fmt(median(full.map((x) => x[0])))} ms wall, ${fmt(median(full.map((x) => x[1])))} ms CPU; ${findings} findings`);
  console.log(`  the design as opened from its file (${(text.length / 2 ** 20).toFixed(1)} MiB, loaded in ${fmt(load[0])} ms): median ${fmt(median(fromFile.map((x) => x[0])))} ms wall, ${fmt(median(fromFile.map((x) => x[1])))} ms CPU`);
}
fullPasses();

// Memory held by a live validator over this design.
let live: LiveValidator | null = new LiveValidator();
live.full(big.design);
const heapLive = heapMiB();

// Incremental re-validation after one edit, by kind of edit.
const EDITS = benchEdits(big);
const PER_KIND = 60;
let design = big.design;
live.full(design);
const perKind: Record<string, [number, number][]> = {};
const applyMs: number[] = [];
const applyByKind: Record<string, number[]> = {};
const all: [number, number][] = [];
for (let i = 0; i < PER_KIND; i++) {
  for (const [name, make] of Object.entries(EDITS)) {
    const cmd = make(design, i);
    const a0 = performance.now();
    const r = applyCommand(design, cmd);
    applyMs.push(performance.now() - a0);
    (applyByKind[name] ??= []).push(performance.now() - a0);
    if (!r.ok) continue; // e.g. the VM picked for removal was already removed
    design = r.value.design;
    const v = live;
    const m = time(() => v.update(design, r.value.events));
    (perKind[name] ??= []).push(m);
    all.push(m);
  }
}
// The incremental result must equal a full validation of the final design.
const same = JSON.stringify(live.findings()) === JSON.stringify(validateDesign(design));

// Undo: no events, the validator diffs the designs.
const undo: [number, number][] = [];
const cur = design;
for (let i = 0; i < 30; i++) {
  const r = applyCommand(cur, EDITS['VM RAM changed']!(cur, i + 1000));
  if (!r.ok) continue;
  const v = live;
  v.update(r.value.design, r.value.events);
  undo.push(time(() => v.update(cur)));
}

console.log(`incremental, one edit (${all.length} edits): median ${fmt(median(all.map((x) => x[0])))} ms wall, ${fmt(median(all.map((x) => x[1])))} ms CPU`);
for (const [k, xs] of Object.entries(perKind)) console.log(`  ${k.padEnd(38)} median ${fmt(median(xs.map((x) => x[0])))} ms wall, ${fmt(median(xs.map((x) => x[1])))} ms CPU, max ${fmt(Math.max(...xs.map((x) => x[0])))} ms wall`);
console.log(`  incremental == full after all edits: ${same}`);
console.log(`undo (no events, diff of 2 designs, ${undo.length} runs): median ${fmt(median(undo.map((x) => x[0])))} ms wall, ${fmt(median(undo.map((x) => x[1])))} ms CPU`);
console.log(`applyCommand itself, per edit: median ${fmt(median(applyMs))} ms; by kind: ${Object.entries(applyByKind).map(([k, xs]) => `${k} ${fmt(median(xs))}`).join(', ')}`);
{
  // What dominates it: an edit copies the Map it changes (designs are immutable; undo keeps the old one).
  const copy = (map: ReadonlyMap<unknown, unknown>) => median(Array.from({ length: 15 }, () => { const a = performance.now(); void new Map(map); return performance.now() - a; }));
  console.log(`  copying the element Map (${t.nodes.size} entries): median ${fmt(copy(t.nodes))} ms; the connection Map (${t.edges.size}): median ${fmt(copy(t.edges))} ms`);
}
console.log(`memory (heap after GC): design ${(heapDesign - heap0).toFixed(1)} MiB, live validator over it ${(heapLive - heapDesign).toFixed(1)} MiB, total ${(heapLive - heap0).toFixed(1)} MiB; peak RSS of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
live = null;
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
// The findings must be exactly those the validator gave before the performance work.
const prints = benchFingerprints(big);
const unchanged = Object.entries(BASELINE.bench).every(([k, v]) => prints[k] === v);
console.log(`findings fingerprints: ${Object.entries(prints).map(([k, v]) => `${k} ${v}`).join('; ')}`);
console.log(`  identical to the findings before the performance work: ${unchanged}`);
if (!same || !unchanged) process.exitCode = 1;
