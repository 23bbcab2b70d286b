import { describe, expect, it } from 'vitest';
import { relationFor } from '../../../shared/engine/queries/connection';
import { KINDS, RELATION_ENDS } from '../../../shared/model';
import { canEndConnection, canStartConnection, incomingHint, outgoingHint, relationsBetween } from '../../../renderer/src/canvas/connectHints';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

describe('connection hints', () => {
  it('offers handles only where the relation table allows connections', () => {
    for (const k of KINDS) {
      const asSource = Object.values(RELATION_ENDS).some((e) => e.sources.includes(k));
      const asTarget = Object.values(RELATION_ENDS).some((e) => e.targets.includes(k));
      expect(canStartConnection(k)).toBe(asSource);
      expect(canEndConnection(k)).toBe(asTarget);
    }
    expect(canStartConnection('hostOs')).toBe(false);
    expect(canEndConnection('vlan')).toBe(true);
  });

  it('explains where a drag may go', () => {
    expect(outgoingHint('vm')).toContain('attached to a VLAN');
    expect(outgoingHint('vm')).toContain('disk backed by a storage pool');
    expect(incomingHint('vm')).toContain('a load balancer balances it');
    expect(outgoingHint('hostOs')).toBe('');
  });

  it('lists exactly the relations the engine accepts between two elements', () => {
    const b = new TopologyBuilder();
    const host = b.host('h');
    const hv = b.hypervisor(host, 'kvm');
    const vm = b.vm(hv, 'vm');
    const vlan = b.vlan('v', 10, '10.0.10.0/24');
    const pool = b.pool('nas');
    expect(relationsBetween(b.design.topology, vm, vlan)).toEqual(['attachedTo']);
    expect(relationsBetween(b.design.topology, vm, pool)).toEqual(['backedBy']);
    expect(relationsBetween(b.design.topology, host, pool)).toEqual(['storagePath']);
    expect(relationsBetween(b.design.topology, vm, host)).toEqual([]);
    expect(relationFor(b.design.topology, vm, host).ok).toBe(false);
  });
});
