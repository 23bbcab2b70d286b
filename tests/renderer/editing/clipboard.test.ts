import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { NodeId } from '../../../shared/model';
import { captureClip, planPaste } from '../../../renderer/src/editing/clipboard';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

function lab() {
  const b = new TopologyBuilder();
  const host = b.host('esx-1');
  const hv = b.hypervisor(host, 'esxi');
  const vm = b.vm(hv, 'web-1', { ramMiB: 8192 });
  const vlan = b.vlan('prod', 10, '10.0.10.0/24');
  b.attach(vm, vlan, '10.0.10.21', { mac: '52:54:00:00:00:01' });
  const other = b.host('esx-2');
  return { b, host, hv, vm, vlan, other };
}

const applied = (design: ReturnType<typeof lab>['b']['design'], cmd: Parameters<typeof applyCommand>[1]) => {
  const r = applyCommand(design, cmd);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.design;
};

describe('copy and paste', () => {
  it('copies a host with everything on it, parents first', () => {
    const { b, host, hv, vm } = lab();
    const clip = captureClip(b.design, [host]);
    expect(clip.nodes.map((n) => n.id)).toEqual([host, hv, vm]);
    expect(clip.nodes[0]!.props).not.toHaveProperty('id');
    expect(clip.nodes[0]!.props).not.toHaveProperty('parentId');
    expect(clip.nodes[2]!.props.ramMiB).toBe(8192);
  });

  it('pastes as one batch whose predicted ids are the ones the engine hands out', () => {
    const { b, host, vlan } = lab();
    const clip = captureClip(b.design, [host]);
    const plan = planPaste(b.design, clip, { offset: { x: 24, y: 24 }, suffix: ' copy' });
    expect(plan.command.type).toBe('batch');
    const after = applied(b.design, plan.command);
    const ids = [...plan.newIds.values()];
    for (const id of ids) expect(after.topology.nodes.get(id)).toBeDefined();
    const [newHost, newHv, newVm] = ids as [NodeId, NodeId, NodeId];
    expect(after.topology.nodes.get(newHost)!.name).toBe('esx-1 copy');
    expect(after.topology.nodes.get(newHost)!.parentId).toBeNull();
    expect(after.topology.nodes.get(newHv)!.parentId).toBe(newHost);
    expect(after.topology.nodes.get(newVm)!.parentId).toBe(newHv);
    expect(after.topology.nodes.get(newVm)!.name).toBe('web-1');
    expect(after.layout[newHost]).toMatchObject({ x: b.design.layout[host]!.x + 24, y: b.design.layout[host]!.y + 24 });
    // The copied VM stays on its VLAN, without the original's addresses.
    const nic = [...after.topology.edges.values()].find((e) => e.source === newVm);
    expect(nic).toMatchObject({ relation: 'attachedTo', target: vlan, props: { ip: '', mac: '' } });
    expect(plan.roots).toEqual([newHost]);
  });

  it('pastes into another container at an anchor', () => {
    const { b, vm, other } = lab();
    const clip = captureClip(b.design, [vm]);
    const hv2 = b.hypervisor(other, 'esxi');
    const plan = planPaste(b.design, clip, { offset: { x: 0, y: 0 }, into: hv2, anchor: { x: 16, y: 60 } });
    const after = applied(b.design, plan.command);
    const newVm = plan.roots[0]!;
    expect(after.topology.nodes.get(newVm)!.parentId).toBe(hv2);
    expect(after.layout[newVm]).toMatchObject({ x: 16, y: 60 });
  });

  it('drops connections to elements that no longer exist', () => {
    const { b, vm, vlan } = lab();
    const clip = captureClip(b.design, [vm]);
    const without = applied(b.design, { type: 'remove', ids: [vlan] });
    const plan = planPaste(without, clip, { offset: { x: 24, y: 24 } });
    const cmds = plan.command.type === 'batch' ? plan.command.commands : [];
    expect(cmds.map((c) => c.type)).toEqual(['addNode']);
    expect(() => applied(without, plan.command)).not.toThrow();
  });
});
