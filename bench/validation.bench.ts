// Validation benchmark (issue 3): a generated data centre of 1,000 hosts and 10,000 VMs.
// Full validation from scratch, incremental re-validation after one edit (several kinds of edit), the
// diff path used by undo, and memory. Reports medians of many runs measured in this one process, as
// wall-clock time and as this process's CPU time (which excludes time other processes took the CPU).
import { applyCommand } from '../shared/engine/commands/apply';
import type { Command } from '../shared/engine/commands/types';
import { LiveValidator } from '../shared/engine/validation/liveValidator';
import { validateDesign } from '../shared/engine/validation/validate';
import type { Design, NodeId } from '../shared/model';
import { largeTopology } from '../tests/shared/builders/largeTopology';
import { loadavg } from 'node:os';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMiB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

/** Times fn; returns [wall ms, CPU ms]. */
function time(fn: () => void): [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1000];
}

const heap0 = heapMiB();
const big = largeTopology({ hosts: 1000, vmsPerHost: 10, hostsPerCluster: 32, withIssues: true });
const heapDesign = heapMiB();
const t = big.design.topology;
console.log(`design: ${Object.keys(t.nodes).length} elements, ${Object.keys(t.edges).length} connections; ${big.hosts.length} hosts, ${big.vms.length} VMs, ${big.clusters.length} clusters`);
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${process.version})`);

// Full validation from scratch (index build included).
const FULL_RUNS = 25;
for (let i = 0; i < 3; i++) validateDesign(big.design); // warm up the JIT
const full: [number, number][] = [];
let findings = 0;
for (let i = 0; i < FULL_RUNS; i++) full.push(time(() => { findings = validateDesign(big.design).length; }));

// Memory held by a live validator over this design.
let live: LiveValidator | null = new LiveValidator();
live.full(big.design);
const heapLive = heapMiB();

// Incremental re-validation after one edit, by kind of edit.
const vmAt = (i: number) => big.vms[(i * 7919) % big.vms.length]!;
const hvOfSameCluster = (d: Design, vm: NodeId, i: number): NodeId => {
  const host = d.topology.nodes[d.topology.nodes[vm]!.parentId!]!.parentId!;
  const cluster = d.topology.nodes[host]!.parentId;
  const peers = big.hypervisors.filter((h) => d.topology.nodes[d.topology.nodes[h]!.parentId!]!.parentId === cluster && d.topology.nodes[h]!.parentId !== host);
  return peers[i % peers.length]!;
};
const EDITS: Record<string, (d: Design, i: number) => Command> = {
  'VM RAM changed': (_d, i) => ({ type: 'setProps', id: vmAt(i), props: { ramMiB: 4096 + (i % 8) * 1024 } }),
  'VM renamed': (_d, i) => ({ type: 'setProps', id: vmAt(i), props: { name: `renamed-${i}` } }),
  'VM moved to another host (nestNode)': (d, i) => ({ type: 'nestNode', id: vmAt(i), parentId: hvOfSameCluster(d, vmAt(i), i), position: { x: 0, y: 0 } }),
  'vNIC IP changed': (_d, i) => ({ type: 'setProps', id: big.vnics[(i * 31) % big.vnics.length]!, props: { ip: `10.200.${i % 250}.${(i * 7) % 250}` } }),
  'disk resized': (_d, i) => ({ type: 'setProps', id: big.disks[(i * 17) % big.disks.length]!, props: { sizeGiB: 80 + (i % 10) * 10 } }),
  'host RAM changed': (_d, i) => ({ type: 'setProps', id: big.hosts[(i * 13) % big.hosts.length]!, props: { ramGiB: 512 + (i % 4) * 256 } }),
  'uplink VLANs changed': (d, i) => {
    const e = big.uplinks[(i * 11) % big.uplinks.length]!;
    const vlans = (d.topology.edges[e]!.props as { vlans: number[] }).vlans;
    return { type: 'setProps', id: e, props: { vlans: i % 2 ? vlans.slice(0, -1) : [...vlans, 3000] } };
  },
  'VM added': (_d, i) => ({ type: 'addNode', kind: 'vm', parentId: big.hypervisors[(i * 3) % big.hypervisors.length]!, position: { x: 0, y: 0 }, props: { name: `new-${i}`, ramMiB: 2048 } }),
  'VM removed (with its edges)': (_d, i) => ({ type: 'remove', ids: [big.vms[(i * 101 + 7) % big.vms.length]!] }),
};
const PER_KIND = 60;
let design = big.design;
live.full(design);
const perKind: Record<string, [number, number][]> = {};
const applyMs: number[] = [];
const all: [number, number][] = [];
for (let i = 0; i < PER_KIND; i++) {
  for (const [name, make] of Object.entries(EDITS)) {
    const cmd = make(design, i);
    const a0 = performance.now();
    const r = applyCommand(design, cmd);
    applyMs.push(performance.now() - a0);
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

console.log(`\nfull validation (${FULL_RUNS} runs): median ${fmt(median(full.map((x) => x[0])))} ms wall, ${fmt(median(full.map((x) => x[1])))} ms CPU; ${findings} findings`);
console.log(`incremental, one edit (${all.length} edits): median ${fmt(median(all.map((x) => x[0])))} ms wall, ${fmt(median(all.map((x) => x[1])))} ms CPU`);
for (const [k, xs] of Object.entries(perKind)) console.log(`  ${k.padEnd(38)} median ${fmt(median(xs.map((x) => x[0])))} ms wall, ${fmt(median(xs.map((x) => x[1])))} ms CPU, max ${fmt(Math.max(...xs.map((x) => x[0])))} ms wall`);
console.log(`  incremental == full after all edits: ${same}`);
console.log(`undo (no events, diff of 2 designs, ${undo.length} runs): median ${fmt(median(undo.map((x) => x[0])))} ms wall, ${fmt(median(undo.map((x) => x[1])))} ms CPU`);
console.log(`for context, applyCommand itself (copies the element record): median ${fmt(median(applyMs))} ms`);
console.log(`memory (heap after GC): design ${(heapDesign - heap0).toFixed(1)} MiB, live validator over it ${(heapLive - heapDesign).toFixed(1)} MiB, total ${(heapLive - heap0).toFixed(1)} MiB; peak RSS of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
live = null;
if (!same) process.exitCode = 1;
