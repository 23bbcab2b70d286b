import { describe, expect, it } from 'vitest';
import { keyboardPlacement } from '../../../renderer/src/palette/addElement';
import { PALETTE, paletteItem } from '../../../renderer/src/palette/paletteItems';
import { BOX } from '../../../renderer/src/canvas/geometry';
import { KINDS } from '../../../shared/model';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

describe('palette', () => {
  it('offers every kind with a one-sentence tip', () => {
    for (const k of KINDS) expect(PALETTE.some((p) => p.kind === k), k).toBe(true);
    for (const p of PALETTE) expect(p.tip).toMatch(/^[A-Z].{20,}\.$/);
  });

  it('adds into the selected container when the kind may run there, below what it holds', () => {
    const b = new TopologyBuilder();
    const host = b.host('h');
    const hv = b.hypervisor(host, 'kvm');
    b.apply({ type: 'moveNodes', moves: [{ id: hv, x: 16, y: 44 }] });
    const place = keyboardPlacement(b.design, paletteItem('vm')!, [hv], { x: 500, y: 500 });
    expect(place.parentId).toBe(hv);
    expect(place.position).toEqual({ x: 16, y: 40 });
    const second = keyboardPlacement(b.design, paletteItem('hv-esxi')!, [host], { x: 500, y: 500 });
    expect(second.parentId).toBe(host);
    expect(second.position.y).toBe(44 + BOX.hypervisor.h + 12);
  });

  it('adds at the viewport centre otherwise', () => {
    const b = new TopologyBuilder();
    const vlan = b.vlan('v', 10, '10.0.10.0/24');
    expect(keyboardPlacement(b.design, paletteItem('vm')!, [vlan], { x: 500, y: 300 })).toEqual({
      parentId: null, position: { x: 500 - BOX.vm.w / 2, y: 300 - BOX.vm.h / 2 },
    });
    expect(keyboardPlacement(b.design, paletteItem('host')!, [], { x: 0, y: 0 }).parentId).toBeNull();
  });
});
