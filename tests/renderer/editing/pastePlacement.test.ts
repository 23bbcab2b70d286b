import { describe, expect, it } from 'vitest';
import { BOX } from '../../../renderer/src/canvas/geometry';
import { captureClip } from '../../../renderer/src/editing/clipboard';
import { pastePlacement, type SizeOf } from '../../../renderer/src/editing/pastePlacement';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

const sizeOf: SizeOf = (_id, kind) => ({ w: BOX[kind].w, h: BOX[kind].h });

describe('paste placement', () => {
  function lab() {
    const b = new TopologyBuilder();
    const host = b.host('esx-1');
    const hv = b.hypervisor(host, 'esxi');
    const vm = b.vm(hv, 'web');
    b.apply({ type: 'moveNodes', moves: [{ id: host, x: 100, y: 50 }, { id: hv, x: 16, y: 44 }, { id: vm, x: 16, y: 44 }] });
    const hv2 = b.hypervisor(b.host('esx-2'), 'esxi');
    return { b, host, hv, vm, hv2 };
  }

  it('puts a top-level copy to the right of the original, further right at each paste', () => {
    const { b, host } = lab();
    const clip = captureClip(b.design, [host]);
    expect(pastePlacement(b.design, clip, [host], sizeOf, 1)).toEqual({ into: null, anchor: { x: 100 + BOX.host.w + 40, y: 50 }, offset: { x: 0, y: 0 } });
    expect(pastePlacement(b.design, clip, [], sizeOf, 2).anchor).toEqual({ x: 100 + 2 * (BOX.host.w + 40), y: 50 });
  });

  it('puts a nested copy below its siblings in the same container', () => {
    const { b, vm, hv } = lab();
    const clip = captureClip(b.design, [vm]);
    expect(pastePlacement(b.design, clip, [vm], sizeOf, 1)).toEqual({ into: hv, anchor: { x: 16, y: 44 + BOX.vm.h + 12 }, offset: { x: 0, y: 0 } });
  });

  it('pastes into a selected container that may hold the copy, not into one that may not', () => {
    const { b, vm, hv, hv2, host } = lab();
    const clip = captureClip(b.design, [vm]);
    expect(pastePlacement(b.design, clip, [hv2], sizeOf, 1).into).toBe(hv2);
    expect(pastePlacement(b.design, clip, [host], sizeOf, 1).into).toBe(hv);
  });
});
