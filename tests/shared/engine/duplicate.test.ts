import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { Command } from '../../../shared/engine/commands/types';
import { emptyDesign } from '../../../shared/engine/design';
import type { Design, EdgeId, NodeId } from '../../../shared/model';
import { designSchema } from '../../../shared/schema/design';
import { storedDesign } from '../../../shared/schema/storedDesign';

const id = (s: string) => s as NodeId;
function run(d: Design, ...cmds: Command[]): Design {
  for (const c of cmds) {
    const r = applyCommand(d, c);
    if (!r.ok) throw new Error(r.error.message);
    d = r.value.design;
  }
  return d;
}

/** cluster-1 > host-2 > {hypervisor-3 > {vm-4, vm-5}, storagePool-11}; vm-4 attached to vlan-6 (edge-7); loadBalancer-8 balances both VMs; vm-4 disk on storagePool-11. */
function lab(): Design {
  return run(
    emptyDesign(),
    { type: 'addNode', kind: 'cluster', position: { x: 0, y: 0 } },
    { type: 'addNode', kind: 'host', parentId: id('cluster-1'), position: { x: 20, y: 40 }, props: { name: 'esx-01' } },
    { type: 'addNode', kind: 'hypervisor', parentId: id('host-2'), position: { x: 10, y: 30 } },
    { type: 'addNode', kind: 'vm', parentId: id('hypervisor-3'), position: { x: 10, y: 30 }, props: { name: 'web-1' } },
    { type: 'addNode', kind: 'vm', parentId: id('hypervisor-3'), position: { x: 220, y: 30 }, props: { name: 'db-1' } },
    { type: 'addNode', kind: 'vlan', position: { x: 800, y: 0 } },
    { type: 'connect', source: id('vm-4'), target: id('vlan-6'), props: { ip: '10.0.10.5', mac: '00:50:56:00:00:01' } },
    { type: 'addNode', kind: 'loadBalancer', position: { x: 800, y: 200 } },
    { type: 'connect', source: id('loadBalancer-8'), target: id('vm-4') },
    { type: 'connect', source: id('loadBalancer-8'), target: id('vm-5') },
    { type: 'addNode', kind: 'storagePool', parentId: id('host-2'), position: { x: 300, y: 30 } },
    { type: 'connect', source: id('vm-4'), target: id('storagePool-11') },
  );
}

describe('duplicate', () => {
  it('copies an element with everything nested in it and the connections among the copies', () => {
    const d = lab();
    const r = applyCommand(d, { type: 'duplicate', ids: [id('host-2')], offset: { x: 40, y: 40 } });
    if (!r.ok) throw new Error(r.error.message);
    const after = r.value.design;
    const nodes = after.topology.nodes;
    expect(r.value.events).toEqual([
      { type: 'nodeAdded', id: 'host-13', kind: 'host', parentId: 'cluster-1' },
      { type: 'nodeAdded', id: 'hypervisor-14', kind: 'hypervisor', parentId: 'host-13' },
      { type: 'nodeAdded', id: 'vm-15', kind: 'vm', parentId: 'hypervisor-14' },
      { type: 'nodeAdded', id: 'vm-16', kind: 'vm', parentId: 'hypervisor-14' },
      { type: 'nodeAdded', id: 'storagePool-17', kind: 'storagePool', parentId: 'host-13' },
      { type: 'edgeAdded', id: 'edge-18', relation: 'backedBy', source: 'vm-15', target: 'storagePool-17' },
    ]);
    expect(nodes.get(id('host-13'))!.name).toBe('esx-01 (copy)');
    expect(nodes.get(id('vm-15'))!.name).toBe('web-1 (copy)');
    expect(after.topology.nextSeq).toBe(19);
    // The top-level copy moves by the offset; nested copies keep their place inside their parent.
    expect(after.layout[id('host-13')]).toEqual({ x: 60, y: 80 });
    expect(after.layout[id('vm-16')]).toEqual(d.layout[id('vm-5')]);
    // Connections to elements outside the copied set stay with the originals only.
    expect(after.topology.edges.size).toBe(d.topology.edges.size + 1);
    expect(designSchema.safeParse(storedDesign(after)).success).toBe(true);
  });

  it('clears MAC and IP on copied network attachments so the copy does not clash', () => {
    const r = applyCommand(lab(), { type: 'duplicate', ids: [id('vm-4'), id('vlan-6')], offset: { x: 0, y: 200 } });
    if (!r.ok) throw new Error(r.error.message);
    const copied = [...r.value.design.topology.edges.values()].find((e) => e.relation === 'attachedTo' && e.source === 'vm-13');
    expect(copied).toMatchObject({ target: 'vlan-14', props: { ip: '', mac: '' } });
    expect(r.value.design.topology.edges.get('edge-7' as EdgeId)).toMatchObject({ props: { ip: '10.0.10.5' } });
  });

  it('copies an element once when its parent is selected too, and is deterministic', () => {
    const once = applyCommand(lab(), { type: 'duplicate', ids: [id('vm-4'), id('hypervisor-3')], offset: { x: 10, y: 10 } });
    const again = applyCommand(lab(), { type: 'duplicate', ids: [id('vm-4'), id('hypervisor-3')], offset: { x: 10, y: 10 } });
    expect(once).toEqual(again);
    if (!once.ok) throw new Error(once.error.message);
    expect(once.value.events.filter((e) => e.type === 'nodeAdded').map((e) => e.id)).toEqual(['hypervisor-13', 'vm-14', 'vm-15']);
  });

  it('keeps a top-level copy in the original parent and undoes as one step', () => {
    const d = lab();
    const r = applyCommand(d, { type: 'duplicate', ids: [id('vm-5')], offset: { x: 0, y: 100 } });
    expect(r.ok && r.value.design.topology.nodes.get(id('vm-13'))?.parentId).toBe('hypervisor-3');
    expect(d.topology.nodes.has(id('vm-13'))).toBe(false);
  });

  it('refuses unknown ids, connections and an empty selection, with the reason', () => {
    const d = lab();
    const bad = (ids: string[]) => {
      const r = applyCommand(d, { type: 'duplicate', ids: ids.map(id), offset: { x: 0, y: 0 } });
      return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
    };
    expect(bad([])).toBe('nothing-selected: Select at least one element to duplicate.');
    expect(bad(['vm-99'])).toBe('unknown-node: No element with id "vm-99".');
    expect(bad(['edge-7'])).toBe('unknown-node: "edge-7" is a connection: duplicate the elements it joins instead.');
  });

  it('keeps long names within the 200 characters a file allows', () => {
    const d = run(lab(), { type: 'setProps', id: id('vlan-6'), props: { name: 'v'.repeat(200) } });
    const r = applyCommand(d, { type: 'duplicate', ids: [id('vlan-6')], offset: { x: 0, y: 0 } });
    const name = r.ok ? r.value.design.topology.nodes.get(id('vlan-13'))!.name : '';
    expect(name.length).toBe(200);
    expect(name.endsWith(' (copy)')).toBe(true);
  });
});
