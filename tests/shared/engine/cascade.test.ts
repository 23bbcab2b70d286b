import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import { describeCascade } from '../../../shared/engine/commands/cascade';
import type { Command } from '../../../shared/engine/commands/types';
import { emptyDesign } from '../../../shared/engine/design';
import type { Design, EdgeId, NodeId } from '../../../shared/model';

const id = (s: string) => s as NodeId;
function run(...cmds: Command[]): Design {
  let d = emptyDesign();
  for (const c of cmds) {
    const r = applyCommand(d, c);
    if (!r.ok) throw new Error(r.error.message);
    d = r.value.design;
  }
  return d;
}
const at = { x: 0, y: 0 };
const d = run(
  { type: 'addNode', kind: 'host', position: at, props: { name: 'host-1' } },
  { type: 'addNode', kind: 'hypervisor', parentId: id('host-1'), position: at, props: { name: 'hypervisor-2' } },
  { type: 'addNode', kind: 'vm', parentId: id('hypervisor-2'), position: at, props: { name: 'vm-3' } },
  { type: 'addNode', kind: 'vlan', position: at, props: { name: 'VLAN 10' } },
  { type: 'connect', source: id('vm-3'), target: id('vlan-4') },
  { type: 'addNode', kind: 'storagePool', position: at, props: { name: 'nfs' } },
  { type: 'connect', source: id('vm-3'), target: id('storagePool-6') },
);

describe('describeCascade', () => {
  it('says what a remove takes with it, in words and ids', () => {
    const c = describeCascade(d, [id('host-1')]);
    expect(c.text).toBe('Removing host-1 also removes: hypervisor-2, vm-3 and 2 connections.');
    expect(c.alsoNodes).toEqual(['hypervisor-2', 'vm-3']);
    expect(c.alsoEdges.sort()).toEqual(['edge-5', 'edge-7']);
    expect(c.nodes).toEqual(['host-1', 'hypervisor-2', 'vm-3']);
  });

  it('matches what remove actually deletes', () => {
    const c = describeCascade(d, [id('hypervisor-2')]);
    const r = applyCommand(d, { type: 'remove', ids: [id('hypervisor-2')] });
    if (!r.ok) throw new Error(r.error.message);
    const removed = r.value.events.flatMap((e) => (e.type === 'nodeRemoved' || e.type === 'edgeRemoved' ? [e.id] : []));
    expect([...c.nodes, ...c.edges].sort()).toEqual(removed.sort());
  });

  it('handles a lone element, a connection, several and unknown ids', () => {
    expect(describeCascade(d, [id('storagePool-6')]).text).toBe('Removing nfs also removes: 1 connection.');
    expect(describeCascade(d, ['edge-5' as EdgeId]).text).toBe('Removing 1 connection removes nothing else.');
    expect(describeCascade(d, [id('vlan-4'), id('storagePool-6')]).text).toBe('Removing VLAN 10 and nfs also removes: 2 connections.');
    expect(describeCascade(d, [id('nope')]).text).toBe('Nothing to remove.');
  });

  it('tells same-named elements apart and summarises long lists', () => {
    let big = run({ type: 'addNode', kind: 'host', position: at }, { type: 'addNode', kind: 'hypervisor', parentId: id('host-1'), position: at });
    for (let i = 0; i < 8; i++) {
      const r = applyCommand(big, { type: 'addNode', kind: 'vm', parentId: id('hypervisor-2'), position: at });
      big = r.ok ? r.value.design : big;
    }
    expect(describeCascade(big, [id('host-1')]).text).toBe(
      'Removing Host also removes: Hypervisor, VM (vm-3), VM (vm-4), VM (vm-5), VM (vm-6), VM (vm-7) and 3 more elements.',
    );
  });
});
