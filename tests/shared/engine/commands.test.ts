import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { Command } from '../../../shared/engine/commands/types';
import { emptyDesign } from '../../../shared/engine/design';
import type { Design, NodeId } from '../../../shared/model';

function run(d: Design, ...cmds: Command[]): Design {
  for (const c of cmds) {
    const r = applyCommand(d, c);
    if (!r.ok) throw new Error(r.error.message);
    d = r.value.design;
  }
  return d;
}
const at = { x: 0, y: 0 };

describe('engine commands', () => {
  it('adds, nests and connects with deterministic ids and events', () => {
    let d = run(emptyDesign(), { type: 'addNode', kind: 'host', position: at });
    const host = 'host-1' as NodeId;
    const r = applyCommand(d, { type: 'addNode', kind: 'hypervisor', parentId: host, position: at });
    expect(r.ok && r.value.events).toEqual([{ type: 'nodeAdded', id: 'hypervisor-2', kind: 'hypervisor', parentId: 'host-1' }]);
    d = r.ok ? r.value.design : d;
    d = run(d, { type: 'addNode', kind: 'vm', parentId: 'hypervisor-2' as NodeId, position: at });
    expect(d.topology.nodes.get('vm-3' as NodeId)?.parentId).toBe('hypervisor-2');
  });

  it('refuses a VM directly on a host, saying where it may go', () => {
    const d = run(emptyDesign(), { type: 'addNode', kind: 'host', position: at });
    const r = applyCommand(d, { type: 'addNode', kind: 'vm', parentId: 'host-1' as NodeId, position: at });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/only on a hypervisor/);
  });

  it('refuses a connection its kinds do not allow, with the reason', () => {
    const d = run(emptyDesign(), { type: 'addNode', kind: 'host', position: at }, { type: 'addNode', kind: 'vlan', position: at });
    const r = applyCommand(d, { type: 'connect', source: 'host-1' as NodeId, target: 'vlan-2' as NodeId });
    expect(!r.ok && r.error.code).toBe('connection-not-allowed');
  });

  it('removes with the cascade spelled out', () => {
    const d = run(
      emptyDesign(),
      { type: 'addNode', kind: 'host', position: at },
      { type: 'addNode', kind: 'hypervisor', parentId: 'host-1' as NodeId, position: at },
      { type: 'addNode', kind: 'vm', parentId: 'hypervisor-2' as NodeId, position: at },
      { type: 'addNode', kind: 'vlan', position: at },
      { type: 'connect', source: 'vm-3' as NodeId, target: 'vlan-4' as NodeId },
    );
    const r = applyCommand(d, { type: 'remove', ids: ['host-1' as NodeId] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.design.topology.nodes.keys()]).toEqual(['vlan-4']);
    expect(r.value.events.filter((e) => 'cascade' in e && e.cascade).length).toBe(3);
  });

  it('refuses nesting an element inside its own child', () => {
    const d = run(emptyDesign(), { type: 'addNode', kind: 'cluster', position: at }, { type: 'addNode', kind: 'host', parentId: 'cluster-1' as NodeId, position: at });
    const r = applyCommand(d, { type: 'nestNode', id: 'cluster-1' as NodeId, parentId: 'host-2' as NodeId, position: at });
    expect(r.ok).toBe(false);
  });

  it('refuses a property of the wrong type', () => {
    const d = run(emptyDesign(), { type: 'addNode', kind: 'host', position: at });
    const r = applyCommand(d, { type: 'setProps', id: 'host-1' as NodeId, props: { ramGiB: 'lots' } });
    expect(!r.ok && r.error.path).toBe('ramGiB');
  });
});

describe('commands refuse values a file could not hold', () => {
  it('refuses a negative RAM size with the path, and keeps the design unchanged', () => {
    const d = run(emptyDesign(), { type: 'addNode', kind: 'host', position: at }, { type: 'addNode', kind: 'hypervisor', parentId: 'host-1' as NodeId, position: at }, { type: 'addNode', kind: 'vm', parentId: 'hypervisor-2' as NodeId, position: at });
    const r = applyCommand(d, { type: 'setProps', id: 'vm-3' as NodeId, props: { ramMiB: -5 } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.path).toBe('ramMiB');
    expect(!r.ok && r.error.message).toMatch(/ramMiB/);
  });

  it('refuses an unknown enum value on a connection', () => {
    const d = run(emptyDesign(), { type: 'addNode', kind: 'host', position: at }, { type: 'addNode', kind: 'storagePool', position: at });
    const r = applyCommand(d, { type: 'connect', source: 'host-1' as NodeId, target: 'storagePool-2' as NodeId, props: { protocol: 'carrier-pigeon' } });
    expect(!r.ok && r.error.code).toBe('invalid-value');
  });

  it('lets notes be added to any element', () => {
    const d = run(emptyDesign(), { type: 'addNode', kind: 'vlan', position: at }, { type: 'setProps', id: 'vlan-1' as NodeId, props: { notes: 'lab network' } });
    expect(d.topology.nodes.get('vlan-1' as NodeId)?.notes).toBe('lab network');
  });
});
