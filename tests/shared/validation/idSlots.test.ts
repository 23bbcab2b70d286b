import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSlots } from '../../../shared/engine/validation/idSlots';

describe('IdSlots', () => {
  // Engine ids (kind-seq), ids sharing a number, ids with no digits, long numbers, odd text.
  const anyId = fc.oneof(
    fc.tuple(fc.constantFrom('vm', 'host', 'edge', 'vlan'), fc.nat(60)).map(([k, n]) => `${k}-${n}`),
    fc.string({ maxLength: 6 }),
    fc.bigInt({ min: 0n, max: 10n ** 14n }).map((n) => `x${n}`),
  );

  it('answers like a Map through growth from a small start, for any ids', () => {
    fc.assert(fc.property(fc.array(fc.tuple(anyId, fc.nat(1e6)), { maxLength: 300 }), fc.array(anyId, { maxLength: 50 }), (writes, probes) => {
      const table = new IdSlots(4);
      const map = new Map<string, number>();
      for (const [id, slot] of writes) {
        table.set(id, slot);
        map.set(id, slot);
      }
      for (const id of [...map.keys(), ...probes]) expect(table.get(id)).toBe(map.get(id) ?? -1);
    }));
  });

  it('tells apart equal text held by different string objects only by content', () => {
    const table = new IdSlots();
    table.set(['vm', '12'].join('-'), 3);
    expect(table.get(`vm-${6 * 2}`)).toBe(3);
    expect(table.get('host-12')).toBe(-1);
  });
});
