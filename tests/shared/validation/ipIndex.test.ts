import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIpv4, IpIndex } from '../../../shared/engine/validation/ipIndex';
import type { EdgeId } from '../../../shared/model';

describe('canonicalIpv4', () => {
  it('gives the 32-bit value of a canonically written address, as a signed integer', () => {
    expect(canonicalIpv4('10.0.1.10')).toBe((10 << 24) | (1 << 8) | 10);
    expect(canonicalIpv4('0.0.0.0')).toBe(0);
    expect(canonicalIpv4('255.255.255.255')).toBe(-1);
    expect(canonicalIpv4('192.168.0.1')).toBe((192 << 24) | (168 << 16) | 1);
  });

  it('refuses anything else, so two strings share a value only when they are the same string', () => {
    for (const s of ['', '10.0.0', '10.0.0.1.2', '10.0.0.01', '010.0.0.1', ' 10.0.0.1', '10.0.0.1 ', '10.0.0.256', '10..0.1', '10.0.0.', 'fe80::1', '1e1.0.0.1']) {
      expect(canonicalIpv4(s), s).toBeNaN();
    }
    fc.assert(fc.property(fc.ipV4(), fc.ipV4(), (a, b) => (canonicalIpv4(a) === canonicalIpv4(b)) === (a === b)));
  });
});

describe('IpIndex', () => {
  const id = (n: number) => `edge-${n}` as EdgeId;

  it('lists the holders of each IP and the IPs held twice or more, through growth and removals', () => {
    const ix = new IpIndex();
    const ips = Array.from({ length: 3000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    ips.forEach((ip, i) => ix.add(ip, id(i)));
    ix.add('10.0.0.7', id(9001));
    ix.add('10.0.0.07', id(9002)); // not canonical: its own key
    ix.add('10.0.0.07', id(9003));
    expect(ix.holders('10.0.0.7')).toEqual([id(7), id(9001)]);
    expect(ix.holders('10.0.0.07')).toEqual([id(9002), id(9003)]);
    expect(ix.holders('10.0.11.183')).toEqual([id(2999)]);
    expect(ix.holders('10.99.0.1')).toEqual([]);
    expect([...ix.shared].sort()).toEqual(['10.0.0.07', '10.0.0.7']);
    ix.remove('10.0.0.7', id(7));
    ix.remove('10.0.0.07', id(9003));
    expect(ix.holders('10.0.0.7')).toEqual([id(9001)]);
    expect(ix.holders('10.0.0.07')).toEqual([id(9002)]);
    expect([...ix.shared]).toEqual([]);
    ix.remove('10.0.0.7', id(9001));
    expect(ix.holders('10.0.0.7')).toEqual([]);
    ix.add('10.0.0.7', id(5));
    expect(ix.holders('10.0.0.7')).toEqual([id(5)]);
    ix.clear();
    expect(ix.holders('10.0.0.1')).toEqual([]);
  });

  it('answers like a map of IP strings along random additions and removals', () => {
    const op = fc.record({ add: fc.boolean(), ip: fc.constantFrom('10.0.0.1', '10.0.0.2', '192.168.1.1', '10.0.0.01', 'x', '255.255.255.255'), edge: fc.integer({ min: 0, max: 5 }) });
    fc.assert(fc.property(fc.array(op, { maxLength: 200 }), fc.integer({ min: 0, max: 400 }), (ops, reserve) => {
      const ix = new IpIndex();
      ix.reserve(reserve);
      const model = new Map<string, EdgeId[]>();
      for (const { add, ip, edge } of ops) {
        const held = model.get(ip) ?? [];
        if (add && !held.includes(id(edge))) {
          ix.add(ip, id(edge));
          model.set(ip, [...held, id(edge)]);
        } else if (!add && held.includes(id(edge))) {
          ix.remove(ip, id(edge));
          model.set(ip, held.filter((e) => e !== id(edge)));
        }
      }
      for (const [ip, held] of model) expect([...ix.holders(ip)].sort()).toEqual([...held].sort());
      expect(new Set(ix.shared)).toEqual(new Set([...model].filter(([, h]) => h.length > 1).map(([ip]) => ip)));
    }));
  });
});
