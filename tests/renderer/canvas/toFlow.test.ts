import { describe, expect, it } from 'vitest';
import { toFlow } from '../../../renderer/src/canvas/toFlow';
import { BOX, HEADER, PAD } from '../../../renderer/src/canvas/geometry';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

describe('toFlow', () => {
  function lab() {
    const b = new TopologyBuilder();
    const host = b.host('h');
    const hv = b.hypervisor(host, 'kvm');
    const vm = b.vm(hv, 'a');
    b.apply({ type: 'moveNodes', moves: [{ id: host, x: 0, y: 0 }, { id: hv, x: PAD, y: HEADER }, { id: vm, x: 400, y: 300 }] });
    return { b, host, hv, vm };
  }

  it('puts parents before children and grows containers around what they hold', () => {
    const { b, host, hv, vm } = lab();
    const { nodes } = toFlow(b.design, new Set([vm]));
    expect(nodes.map((n) => n.id)).toEqual([host, hv, vm]);
    const hvNode = nodes.find((n) => n.id === hv)!;
    expect(hvNode.width).toBe(400 + BOX.vm.w + PAD);
    expect(hvNode.height).toBe(300 + BOX.vm.h + PAD);
    expect(nodes.find((n) => n.id === host)!.width).toBe(PAD + hvNode.width! + PAD);
    expect(nodes.find((n) => n.id === vm)).toMatchObject({ parentId: hv, selected: true });
  });

  it('reuses node data for unchanged elements across snapshots that arrive as copies', () => {
    const { b, vm, host } = lab();
    const first = toFlow(structuredClone(b.design), new Set());
    const second = toFlow(structuredClone(b.design), new Set());
    for (let i = 0; i < first.nodes.length; i++) expect(second.nodes[i]!.data).toBe(first.nodes[i]!.data);
    b.apply({ type: 'setProps', id: vm, props: { ramMiB: 8192 } });
    const third = toFlow(structuredClone(b.design), new Set());
    expect(third.nodes.find((n) => n.id === vm)!.data).not.toBe(second.nodes.find((n) => n.id === vm)!.data);
    expect(third.nodes.find((n) => n.id === host)!.data).toBe(second.nodes.find((n) => n.id === host)!.data);
  });

  it('hands React Flow the same node and edge objects while nothing about them changed, already measured at their size', () => {
    const { b, vm, host, hv } = lab();
    const net = b.vlan('net', 10, '10.0.10.0/24');
    b.attach(vm, net, '10.0.10.5');
    const first = toFlow(structuredClone(b.design), new Set());
    const second = toFlow(structuredClone(b.design), new Set());
    expect(second.nodes).toEqual(first.nodes);
    for (let i = 0; i < first.nodes.length; i++) expect(second.nodes[i]).toBe(first.nodes[i]);
    for (let i = 0; i < first.edges.length; i++) expect(second.edges[i]).toBe(first.edges[i]);
    for (const n of first.nodes) expect(n.measured).toEqual({ width: n.width, height: n.height });
    expect(second.nodes).toBe(first.nodes);
    expect(second.edges).toBe(first.edges);
    // A change makes new objects for what it changed only: the VM moves, its hypervisor and host grow.
    b.apply({ type: 'moveNodes', moves: [{ id: vm, x: 500, y: 300 }] });
    const third = toFlow(structuredClone(b.design), new Set([net]));
    const byId = (r: typeof first, id: string) => r.nodes.find((n) => n.id === id)!;
    for (const id of [vm, hv, host]) expect(byId(third, id)).not.toBe(byId(second, id));
    expect(byId(third, net)).not.toBe(byId(second, net)); // now selected
    expect(third.edges[0]).toBe(second.edges[0]);
    expect(third.edges).toBe(second.edges);
    expect(third.nodes).not.toBe(second.nodes);
    b.apply({ type: 'setProps', id: third.edges[0]!.id as never, props: { ip: '10.0.10.6' } });
    expect(toFlow(structuredClone(b.design), new Set([net])).edges[0]).not.toBe(third.edges[0]);
  });

  it('counts error and warning badges on the first target of each finding', () => {
    const { b, vm, hv } = lab();
    const { nodes } = toFlow(b.design, new Set(), [
      { ruleId: 'x', severity: 'error', message: '', explanation: '', targets: [vm, hv], fixes: [] },
      { ruleId: 'y', severity: 'warning', message: '', explanation: '', targets: [vm], fixes: [] },
    ]);
    expect(nodes.find((n) => n.id === vm)!.data).toMatchObject({ errors: 1, warnings: 1 });
    expect(nodes.find((n) => n.id === hv)!.data).toMatchObject({ errors: 0, warnings: 0 });
  });
});
