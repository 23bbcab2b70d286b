// Generated topologies for the canvas benchmark: racks of hosts, each with a hypervisor running
// eight VMs, every VM attached to one of four VLANs. Built through the engine's own commands, so
// the file is exactly what a user could have made.
import { applyCommand } from '../shared/engine/commands/apply';
import type { Command } from '../shared/engine/commands/types';
import { emptyDesign } from '../shared/engine/design';
import type { Design, NodeId } from '../shared/model';

const VMS_PER_HOST = 8;
const VLANS = 4;
const PER_HOST = 2 + VMS_PER_HOST; // host + hypervisor + VMs

function apply(d: Design, cmd: Command): Design {
  const r = applyCommand(d, cmd);
  if (!r.ok) throw new Error(`${cmd.type}: ${r.error.message}`);
  return r.value.design;
}

const lastId = (d: Design) => `${[...d.topology.nodes.keys()].at(-1)}` as NodeId;

/** A design of about `target` elements (VLANs + hosts of 10 elements each) and ~0.8 connections per element. */
export function generateTopology(target: number): Design {
  const hosts = Math.max(1, Math.round((target - VLANS) / PER_HOST));
  const columns = Math.ceil(Math.sqrt(hosts * 2.2));
  let d = emptyDesign();
  const vlans: NodeId[] = [];
  for (let v = 0; v < VLANS; v++) {
    d = apply(d, { type: 'addNode', kind: 'vlan', parentId: null, position: { x: -420, y: v * 120 }, props: { name: `VLAN ${10 * (v + 1)}`, vlanId: 10 * (v + 1) } });
    vlans.push(lastId(d));
  }
  for (let h = 0; h < hosts; h++) {
    const col = h % columns;
    const row = Math.floor(h / columns);
    const tag = String(h + 1).padStart(4, '0');
    d = apply(d, { type: 'addNode', kind: 'host', parentId: null, position: { x: col * 840, y: row * 280 }, props: { name: `host-${tag}` } });
    const host = lastId(d);
    d = apply(d, { type: 'addNode', kind: 'hypervisor', parentId: host, position: { x: 16, y: 40 }, props: { name: `KVM ${tag}`, family: 'kvm' } });
    const hv = lastId(d);
    for (let v = 0; v < VMS_PER_HOST; v++) {
      d = apply(d, { type: 'addNode', kind: 'vm', parentId: hv, position: { x: 16 + (v % 4) * 182, y: 40 + Math.floor(v / 4) * 64 }, props: { name: `vm-${tag}-${v + 1}` } });
      d = apply(d, { type: 'connect', source: lastId(d), target: vlans[(h + v) % VLANS]! });
    }
  }
  return d;
}
