import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { NodeId } from '../../../shared/model';
import { BOX } from '../../../renderer/src/canvas/geometry';
import { buildElkGraph, computeAutoLayout } from '../../../renderer/src/layout/autoLayout';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

function lab() {
  const b = new TopologyBuilder();
  const cl = b.cluster('prod');
  const h1 = b.host('esx-1', {}, cl);
  const h2 = b.host('esx-2', {}, cl);
  const hv1 = b.hypervisor(h1, 'esxi');
  const hv2 = b.hypervisor(h2, 'esxi');
  const vms = [b.vm(hv1, 'a'), b.vm(hv1, 'b'), b.vm(hv2, 'c')];
  const vlan = b.vlan('prod', 10, '10.0.10.0/24');
  const sw = b.physicalSwitch('tor', [10]);
  for (const v of vms) b.attach(v, vlan);
  b.uplink(h1, sw, [10]);
  b.uplink(h2, sw, [10]);
  return { b, cl, h1, h2, hv1, hv2, vms, vlan, sw };
}

describe('auto-layout', () => {
  it('keeps nesting: containers hold their children; edges are lifted to top-level elements', () => {
    const { b, cl, vlan, sw } = lab();
    const g = buildElkGraph(b.design);
    expect(g.children!.map((c) => c.id).sort()).toEqual([cl, sw, vlan].sort());
    const cluster = g.children!.find((c) => c.id === cl)!;
    expect(cluster.children).toHaveLength(2);
    expect(g.edges!.every((e) => [cl, sw, vlan].includes(e.sources[0] as NodeId) && [cl, sw, vlan].includes(e.targets[0] as NodeId))).toBe(true);
  });

  it('places every child inside its parent and top-level boxes apart, as one undoable move', async () => {
    const { b, cl, h1, h2, hv1, vms, vlan, sw } = lab();
    // A size stored earlier (an old layout) must not survive: the cluster would then cover its neighbours.
    b.apply({ type: 'moveNodes', moves: [{ id: cl, x: 0, y: 0, width: 3000, height: 2000 }] });
    const moves = await computeAutoLayout(b.design);
    expect(moves).toHaveLength(b.design.topology.nodes.size);
    const r = applyCommand(b.design, { type: 'moveNodes', moves });
    expect(r.ok).toBe(true);
    const at = new Map(moves.map((m) => [m.id, m]));
    // Children start below the header and right of the border.
    for (const id of [h1, h2, hv1, ...vms]) {
      expect(at.get(id)!.x).toBeGreaterThanOrEqual(16);
      expect(at.get(id)!.y).toBeGreaterThanOrEqual(40);
    }
    // Containers get ELK's size (replacing sizes stored earlier); leaves keep theirs.
    expect(at.get(cl)!.width).toBeGreaterThan(BOX.host.w);
    expect(at.get(vms[0]!)!.width).toBeUndefined();
    // The two hosts in the cluster do not overlap.
    const a = at.get(h1)!;
    const c = at.get(h2)!;
    expect(Math.abs(a.x - c.x) >= BOX.host.w || Math.abs(a.y - c.y) >= BOX.host.h).toBe(true);
    // Top level: the switch and VLAN sit outside the cluster's box.
    const cluster = at.get(cl)!;
    for (const id of [vlan, sw]) {
      const p = at.get(id)!;
      const w = BOX[id === sw ? 'physicalSwitch' : 'vlan'].w;
      expect(p.x >= cluster.x + cluster.width! || p.y >= cluster.y + cluster.height! || p.x + w <= cluster.x).toBe(true);
    }
  });
});
