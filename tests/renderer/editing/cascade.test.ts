import { describe, expect, it } from 'vitest';
import { cascadeSummary } from '../../../renderer/src/editing/cascade';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

describe('cascade summary', () => {
  it('counts what goes with a host: nested elements and their connections', () => {
    const b = new TopologyBuilder();
    const host = b.host('esx-1');
    const hv = b.hypervisor(host, 'esxi');
    const vm1 = b.vm(hv, 'a');
    const vm2 = b.vm(hv, 'b');
    const vlan = b.vlan('prod', 10, '10.0.10.0/24');
    b.attach(vm1, vlan);
    b.attach(vm2, vlan);
    const s = cascadeSummary(b.design, [host]);
    expect(s).toMatchObject({ extraNodes: 3, extraEdges: 2 });
    expect(s.message).toBe('Removing esx-1 also removes: esxi, a, b and 2 connections.');
  });

  it('has no element cascade for a lone element or a connection', () => {
    const b = new TopologyBuilder();
    const vlan = b.vlan('prod', 10, '10.0.10.0/24');
    const sw = b.physicalSwitch('tor', [10]);
    const host = b.host('h');
    const up = b.uplink(host, sw, [10]);
    expect(cascadeSummary(b.design, [vlan])).toMatchObject({ extraNodes: 0, extraEdges: 0 });
    expect(cascadeSummary(b.design, [up])).toMatchObject({ extraNodes: 0, extraEdges: 0 });
    expect(cascadeSummary(b.design, [sw])).toMatchObject({ extraNodes: 0, extraEdges: 1 });
  });
});
