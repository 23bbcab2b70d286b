// Command benchmark: what one edit and one multi-step edit (a paste, a quick-fix) cost the engine on the
// benchmark data centre (1,000 hosts, 10,000 VMs). Medians of several runs in one process, wall and CPU.
import { applyCommand } from '../shared/engine/commands/apply';
import type { Command } from '../shared/engine/commands/types';
import type { Design, NodeId } from '../shared/model';
import { benchTopology } from '../tests/shared/validation/findingsFingerprint';
import { loadavg } from 'node:os';
import { median, time } from './support';

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/** A paste of `vms` VMs into a hypervisor, each with a vNIC on a VLAN and a disk on a pool: one batch, as the editor sends it. */
export function pasteBatch(d: Design, hypervisor: NodeId, vlan: NodeId, pool: NodeId, vms: number): Command {
  let seq = d.topology.nextSeq;
  const commands: Command[] = [];
  const ids: NodeId[] = [];
  for (let i = 0; i < vms; i++) {
    const id = `vm-${seq++}` as NodeId;
    ids.push(id);
    commands.push({ type: 'addNode', kind: 'vm', parentId: hypervisor, position: { x: 20 + i * 10, y: 40 }, props: { name: `pasted-${i}`, ramMiB: 2048 } });
  }
  for (const id of ids) {
    commands.push({ type: 'connect', source: id, target: vlan, relation: 'attachedTo', props: { ip: '' } });
    commands.push({ type: 'connect', source: id, target: pool, relation: 'backedBy', props: { sizeGiB: 40 } });
  }
  return { type: 'batch', label: `Paste ${vms} elements`, commands };
}

const big = benchTopology();
const d = big.design;
const t = d.topology;
const hv = big.hypervisors[0]!;
const vm = big.vms[0]!;
const vnic = big.vnics[0]!;
const vlan = t.edges.get(vnic)!.target;
const pool = t.edges.get(big.disks[0]!)!.target;
console.log(`design: ${t.nodes.size} elements, ${t.edges.size} connections`);
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${process.version})`);

const cases: Record<string, () => Command> = {
  'setProps (VM RAM)': () => ({ type: 'setProps', id: vm, props: { ramMiB: 8192 } }),
  'addNode (a VM)': () => ({ type: 'addNode', kind: 'vm', parentId: hv, position: { x: 0, y: 0 } }),
  'connect (a vNIC)': () => ({ type: 'connect', source: vm, target: vlan, relation: 'attachedTo', props: { ip: '' } }),
  'remove (a VM and its edges)': () => ({ type: 'remove', ids: [vm] }),
  'batch: paste 10 VMs (30 steps)': () => pasteBatch(d, hv, vlan, pool, 10),
  'batch: paste 50 VMs (150 steps)': () => pasteBatch(d, hv, vlan, pool, 50),
};
const RUNS = 15;
for (const [name, make] of Object.entries(cases)) {
  const cmd = make();
  for (let i = 0; i < 3; i++) applyCommand(d, cmd);
  const runs: [number, number][] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(time(() => {
      const r = applyCommand(d, cmd);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    }));
  }
  console.log(`${name.padEnd(34)} median ${fmt(median(runs.map((r) => r[0])))} ms wall, ${fmt(median(runs.map((r) => r[1])))} ms CPU`);
}
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
