import { describe, expect, it, vi } from 'vitest';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { Design, EdgeId, NodeId } from '../../../shared/model';
import type { EventKey, EventPayloads } from '../../../shared/ipc/contract';
import type { EngineClient } from '../../../renderer/src/engine/engineClient';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });

const { planReconnect, reconnectRelation, newEnds, gripPoints } = await import('../../../renderer/src/canvas/useReconnect');
const { useDesign } = await import('../../../renderer/src/store/designStore');

/** host > KVM > VM, two VLANs, a switch and a pool; the VM attached to the first VLAN with an IP. */
function lab() {
  const b = new TopologyBuilder();
  const host = b.host('esx-a');
  const hv = b.hypervisor(host, 'kvm');
  const vm = b.vm(hv, 'web');
  const v10 = b.vlan('front', 10, '10.0.10.0/24');
  const v20 = b.vlan('back', 20, '10.0.20.0/24');
  const sw = b.physicalSwitch('tor', [10, 20]);
  const sw2 = b.physicalSwitch('tor-2', [10, 20]);
  const pool = b.pool('nas');
  const nic = b.attach(vm, v10, '10.0.10.5');
  const up = b.uplink(host, sw, [10, 20]);
  b.uplink(host, sw2, [10]);
  return { b, host, hv, vm, v10, v20, sw, sw2, pool, nic, up };
}

/** An EngineClient over an in-process EngineHost (the contract the Worker and the preload serve). */
function hostClient(design: Design): EngineClient {
  const listeners = new Map<EventKey, Set<(p: unknown) => void>>();
  const host = new EngineHost((event, payload) => { for (const l of listeners.get(event) ?? []) l(payload); });
  host.replace(design);
  return {
    platform: 'web',
    call: async (key, request) => host.handleRaw(key, request) as never,
    on<E extends EventKey>(event: E, listener: (p: EventPayloads[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (p: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (p: unknown) => void);
    },
  };
}

describe('planReconnect', () => {
  it('moves an end as one batch: remove, then connect the same relation with the same properties', () => {
    const { b, vm, v10, v20, nic } = lab();
    const plan = planReconnect(b.design.topology, nic, vm, v20);
    if (!plan.ok) throw new Error(JSON.stringify(plan));
    expect(plan.command.commands.map((c) => c.type)).toEqual(['remove', 'connect']);
    const r = applyCommand(b.design, plan.command);
    if (!r.ok) throw new Error(r.error.message);
    const edges = [...r.value.design.topology.edges.values()].filter((e) => e.relation === 'attachedTo');
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: vm, target: v20, props: { ip: '10.0.10.5' } });
    expect(edges[0]!.id).not.toBe(nic);
    expect(r.value.design.topology.edges.has(nic)).toBe(false);
    void v10;
  });

  it('does nothing when the end is dropped where it was', () => {
    const { b, vm, v10, nic } = lab();
    expect(planReconnect(b.design.topology, nic, vm, v10)).toEqual({ ok: false, unchanged: true });
  });

  it('refuses an end the relation cannot take, and names the relation that would fit', () => {
    const { b, vm, host, pool, nic } = lab();
    const onHost = planReconnect(b.design.topology, nic, vm, host);
    expect(onHost.ok).toBe(false);
    expect(!onHost.ok && !onHost.unchanged && onHost.reason).toMatch(/“attached to” connection runs from a .*VM.* to a VLAN, so it cannot join “web”/);
    const onPool = planReconnect(b.design.topology, nic, vm, pool);
    expect(!onPool.ok && !onPool.unchanged && onPool.reason).toContain('“disk backed by”');
  });

  it('refuses a move that would duplicate a connection (checked as if the old one were gone)', () => {
    const { b, host, sw, sw2, up } = lab();
    const dup = planReconnect(b.design.topology, up, host, sw2);
    expect(!dup.ok && !dup.unchanged && dup.reason).toContain('already uplinks to');
    // Moving the switch end back onto its own switch is no change, not a duplicate.
    expect(planReconnect(b.design.topology, up, host, sw)).toEqual({ ok: false, unchanged: true });
  });

  it('knows which end moved from the end React Flow keeps', () => {
    const edge = { source: 'vm', target: 'vlan-a' };
    expect(newEnds(edge, 'target', 'vm-2')).toEqual({ source: 'vm-2', target: 'vlan-a' });
    expect(newEnds(edge, 'source', 'vlan-b')).toEqual({ source: 'vm', target: 'vlan-b' });
  });

  it('puts grips a little inside the line, and on the ends of a very short one', () => {
    const g = gripPoints(0, 0, 100, 0);
    expect([g.source.x, g.source.y, g.target.x, g.target.y].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([7, 0, 93, 0]);
    expect(gripPoints(0, 0, 10, 0)).toEqual({ source: { x: 0, y: 0 }, target: { x: 10, y: 0 } });
  });
});

describe('reconnectRelation through the engine', () => {
  it('is one undo step, selects the moved connection, and explains a refusal at the pointer', async () => {
    const { b, vm, v10, v20, host, nic } = lab();
    const client = hostClient(b.design);
    await useDesign.getState().connect(client);
    const topo = () => useDesign.getState().snapshot!.design.topology;

    expect(await reconnectRelation(nic, vm, v20, { x: 10, y: 20 })).toBe(true);
    const moved = [...topo().edges.values()].find((e) => e.relation === 'attachedTo')!;
    expect(moved).toMatchObject({ target: v20, props: { ip: '10.0.10.5' } });
    expect(useDesign.getState().selection).toEqual([moved.id]);

    // Refused before reaching the engine's log: nothing changes, the reason sits at the pointer.
    const revision = useDesign.getState().snapshot!.revision;
    expect(await reconnectRelation(moved.id as EdgeId, vm, host as NodeId, { x: 300, y: 200 })).toBe(false);
    expect(useDesign.getState().snapshot!.revision).toBe(revision);
    expect(useDesign.getState().notices.at(-1)).toMatchObject({ kind: 'error', at: { x: 300, y: 200 } });

    await useDesign.getState().undo();
    expect(topo().edges.get(nic)).toMatchObject({ source: vm, target: v10, props: { ip: '10.0.10.5' } });
    expect([...topo().edges.values()].filter((e) => e.relation === 'attachedTo')).toHaveLength(1);
  });
});
