import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { NodeId } from '../../../shared/model';
import { designSchema } from '../../../shared/schema/design';
import { MAX_WARNINGS } from '../../../shared/schema/project';
import { storedDesign } from '../../../shared/schema/storedDesign';
import { fileOf, loadOk, smallDesign, type Loose } from './helpers';

/** Damages a copy of the small design's file and loads it; the result must pass the strict schema. */
function damaged(edit: (f: Record<string, Loose>) => void) {
  const f = fileOf(smallDesign());
  edit(f);
  const loaded = loadOk(f);
  expect(designSchema.safeParse(storedDesign(loaded.design)).success).toBe(true);
  return { ...loaded, nodes: loaded.design.topology.nodes as ReadonlyMap<string, Loose>, edges: loaded.design.topology.edges as ReadonlyMap<string, Loose> };
}

describe('restore: one bad record never costs the project', () => {
  it('resets a value of the wrong type, saying what, where and to what', () => {
    const r = damaged((f) => { f.topology.nodes['vm-3'].ramMiB = 'big'; });
    expect(r.warnings).toEqual(['nodes["vm-3"].ramMiB: expected a number, got "big" — reset to 4096']);
    expect(r.nodes.get('vm-3').ramMiB).toBe(4096);
  });

  it('fills missing properties with the defaults of the kind', () => {
    const r = damaged((f) => { delete f.topology.nodes['vm-3'].workload; delete f.topology.nodes['host-1'].name; });
    expect(r.warnings).toEqual(['nodes["host-1"].name: missing — set to "Host"', 'nodes["vm-3"].workload: missing — set to the default']);
    expect(r.nodes.get('vm-3').workload).toEqual({ cpuPercent: 30, dirtyRateMiBs: 20, wwsMiB: 256 });
  });

  it('clamps huge and negative numbers and rounds counts', () => {
    const text = JSON.stringify(fileOf(smallDesign())).replace('"ramMiB":4096', '"ramMiB":1e400').replace('"vcpus":2', '"vcpus":-7');
    const r = loadOk(text.replace('"ramGiB":256', '"ramGiB":3.7e2').replace('"sockets":2', '"sockets":2.4'));
    expect(r.warnings).toEqual([
      'nodes["host-1"].sockets: 2.4 is not a whole number — rounded to 2',
      'nodes["vm-3"].vcpus: -7 is out of range (1 to 4096) — clamped to 1',
      'nodes["vm-3"].ramMiB: Infinity is out of range (1 to 67108864) — clamped to 67108864',
    ]);
  });

  it('mends list items from the first default item and drops bad plain items', () => {
    const r = damaged((f) => {
      f.topology.nodes['host-1'].nics = [{ speedMbps: 1000, count: 4 }, 'eth0'];
      f.topology.nodes['host-1'].cpuFeatures = ['vt-x', 'warp-drive'];
    });
    expect(r.nodes.get('host-1').nics).toEqual([{ speedMbps: 1000, count: 4, mtu: 1500 }]);
    expect(r.nodes.get('host-1').cpuFeatures).toEqual(['vt-x']);
    expect(r.warnings).toEqual([
      'nodes["host-1"].cpuFeatures[1]: expected one of "vt-x", "amd-v", "ept", "npt", "vt-d", "amd-vi", …, got "warp-drive" — dropped',
      'nodes["host-1"].nics[0].mtu: missing — set to 1500',
      'nodes["host-1"].nics[1]: expected an object, got "eth0" — dropped',
    ]);
  });

  it('drops unknown kinds, unknown properties and dangling connections', () => {
    const r = damaged((f) => {
      f.topology.nodes['router-9'] = { id: 'router-9', kind: 'router', name: 'R' };
      f.topology.nodes['vm-3'].colour = 'red';
      f.topology.edges['edge-7'] = { id: 'edge-7', relation: 'attachedTo', source: 'vm-3', target: 'vlan-77', props: { ip: '', mac: '' } };
      f.topology.edges['edge-8'] = { id: 'edge-8', relation: 'attachedTo', source: 'host-1', target: 'vlan-4', props: { ip: '', mac: '' } };
      f.topology.edges['edge-5'].relation = 'teleports';
    });
    expect(r.warnings).toEqual([
      'nodes["vm-3"]: unknown property "colour" — dropped',
      'nodes["router-9"]: unknown kind "router" — dropped',
      'edges["edge-5"]: unknown relation "teleports" — dropped',
      'edges["edge-7"]: its target "vlan-77" is not an element of this design — dropped',
      'edges["edge-8"]: a physical host cannot be attached to a VLAN — dropped',
    ]);
    expect([...r.nodes.keys()]).toEqual(['host-1', 'hypervisor-2', 'vm-3', 'vlan-4']);
    expect(r.edges).toEqual(new Map());
  });

  it('moves orphans and wrongly nested elements to the canvas and breaks nesting loops', () => {
    const r = damaged((f) => {
      f.topology.nodes['host-1'].parentId = 'cluster-42';
      f.topology.nodes['vlan-4'].parentId = 'host-1';
      f.topology.nodes['hypervisor-2'].parentId = 'vm-3';
    });
    expect(r.warnings).toEqual([
      'nodes["host-1"].parentId: parent "cluster-42" does not exist — moved to the canvas',
      'nodes["vlan-4"].parentId: a VLAN cannot run on a physical host — moved to the canvas',
      'nodes["hypervisor-2"].parentId: nesting loops (hypervisor-2 → vm-3 → hypervisor-2) — "hypervisor-2" moved to the canvas',
    ]);
    expect([r.nodes.get('host-1').parentId, r.nodes.get('vlan-4').parentId, r.nodes.get('hypervisor-2').parentId, r.nodes.get('vm-3').parentId]).toEqual([null, null, null, 'hypervisor-2']);
  });

  it('gives duplicate ids fresh ones, whichever way they were duplicated', () => {
    const r = damaged((f) => {
      f.topology.nodes = Object.values(f.topology.nodes);
      f.topology.nodes.push({ ...f.topology.nodes[2], name: 'twin' });
      f.topology.edges['vm-3'] = { ...f.topology.edges['edge-5'], id: 'vm-3' };
    });
    expect(r.warnings.slice(0, 3)).toEqual([
      'nodes: a list instead of a map by id — read 5 items one by one',
      'nodes[4]: id "vm-3" is already used — this element is now "vm-6"',
      'edges["vm-3"]: id "vm-3" is already used — this connection is now "edge-7"',
    ]);
    expect(r.nodes.get('vm-6').name).toBe('twin');
    expect(r.design.topology.nextSeq).toBe(8);
    const mismatch = damaged((f) => { f.topology.nodes['vlan-4'].id = 'vlan-99'; });
    expect(mismatch.warnings).toEqual(['nodes["vlan-4"]: its id "vlan-99" differs from its key — using "vlan-4"']);
  });

  it('keeps the layout of surviving elements, places the rest and drops positions of nothing', () => {
    const r = damaged((f) => {
      delete f.topology.nodes['vlan-4'];
      delete f.layout['vm-3'];
      f.layout['host-1'].x = 'left';
      f.layout['host-1'].width = -3;
    });
    expect(r.warnings).toEqual([
      'edges["edge-5"]: its target "vlan-4" is not an element of this design — dropped',
      'layout["host-1"].x: expected a number, got "left" — reset to 40',
      'layout["host-1"].width: -3 is out of range (1 to 1000000) — clamped to 1',
      'layout["vm-3"]: missing — placed at (480, 60)',
      'layout: 1 position belongs to no element — dropped',
    ]);
    expect(r.design.layout['hypervisor-2' as NodeId]).toEqual({ x: 10, y: 20 });
  });

  it('raises nextSeq so that new ids never collide', () => {
    const r = damaged((f) => { f.topology.nextSeq = 2; });
    expect(r.warnings).toEqual(['nextSeq: 2 would reuse ids already in the design — set to 6']);
    const added = applyCommand(r.design, { type: 'addNode', kind: 'vm', parentId: 'hypervisor-2' as NodeId, position: { x: 0, y: 0 } });
    expect(added.ok && [...added.value.design.topology.nodes.keys()]).toContain('vm-6');
  });

  it('mends scenarios action by action', () => {
    const r = damaged((f) => {
      f.scenarios = [{ name: 'Fail over', seed: 7, durationS: -1, actions: [
        { at: 10, type: 'failHost', host: 'host-1' },
        { at: 20, type: 'explode' },
        { at: 'soon', type: 'lifecycle', vm: 'vm-3', action: 'stop' },
        { at: 30, type: 'migrate', to: 'host-1', mode: 'precopy' },
      ] }, 'nonsense'];
    });
    expect(r.warnings).toEqual([
      'scenarios[0].durationS: -1 is out of range (0 to 1000000000) — clamped to 0',
      'scenarios[0].actions[1]: unknown type "explode" — dropped',
      'scenarios[0].actions[2]: "at" expected a number, got "soon" — dropped',
      'scenarios[0].actions[3]: "vm" missing — dropped',
      'scenarios[1]: expected an object, got "nonsense" — reset to the default',
    ]);
    expect(r.design.scenarios[0]!.actions).toEqual([{ at: 10, type: 'failHost', host: 'host-1' }]);
    expect(r.design.scenarios[1]!.name).toBe('Scenario 2');
  });

  it('never lets a "__proto__" key change an object\'s prototype', () => {
    const text = JSON.stringify(fileOf(smallDesign())).replace('"scenarios":[]', '"scenarios":[{"name":"s","seed":1,"durationS":60,"actions":[{"at":1,"type":"migrate","vm":"vm-3","to":"host-1","mode":"precopy","options":{"__proto__":{"downtimeLimitMs":99999}}}]}]');
    const r = loadOk(text.replace('"nodes":{', '"nodes":{"__proto__":{"kind":"vm"},'));
    const migrate = r.design.scenarios[0]!.actions[0] as { options?: Record<string, unknown> };
    expect(Object.getPrototypeOf(migrate.options)).toBe(Object.prototype);
    expect(migrate.options!.downtimeLimitMs).toBeUndefined();
    expect(Object.getPrototypeOf(r.design.topology.nodes)).toBe(Map.prototype);
    expect([...r.design.topology.nodes.keys()]).toEqual(['host-1', 'hypervisor-2', 'vm-3', 'vlan-4']);
    expect(r.warnings).toEqual([
      'nodes: a "__proto__" key cannot hold data — dropped',
      'scenarios[0].actions[0].options: a "__proto__" key cannot hold data — dropped',
    ]);
  });

  it('summarises a flood of repairs', () => {
    const r = damaged((f) => {
      for (let i = 0; i < 300; i++) f.topology.nodes[`junk-${i}`] = { kind: 'junk' };
    });
    expect(r.warnings.length).toBe(MAX_WARNINGS + 1);
    expect(r.warnings.at(-1)).toBe('…and 200 more repairs.');
  });
});
