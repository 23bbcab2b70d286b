import { describe, expect, it } from 'vitest';
import { maxMinFairShare } from '../../../shared/engine/sim/network/fairShare';
import { MigrationNetwork } from '../../../shared/engine/sim/network/migrationNetwork';
import { mbpsToMibs } from '../../../shared/engine/sim/migration/telemetry';
import { DesignBuilder } from './designBuilder';

const caps = (m: Record<string, number>) => (l: string) => m[l] ?? 0;

describe('max-min fair share', () => {
  it('splits one link equally', () => {
    const r = maxMinFairShare([{ id: 'a', path: ['L'], cap: Infinity }, { id: 'b', path: ['L'], cap: Infinity }], caps({ L: 100 }));
    expect([r.get('a'), r.get('b')]).toEqual([50, 50]);
  });

  it('gives what a capped or bottlenecked flow leaves to the others (classic three-flow example)', () => {
    // Flow a crosses L1 and L2; b only L1; c only L2. L1 = 10, L2 = 4: c and a share L2 (2 each), b takes the rest of L1.
    const r = maxMinFairShare(
      [{ id: 'a', path: ['L1', 'L2'], cap: Infinity }, { id: 'b', path: ['L1'], cap: Infinity }, { id: 'c', path: ['L2'], cap: Infinity }],
      caps({ L1: 10, L2: 4 }),
    );
    expect(r.get('a')).toBeCloseTo(2, 12);
    expect(r.get('c')).toBeCloseTo(2, 12);
    expect(r.get('b')).toBeCloseTo(8, 12);
  });

  it('honours per-flow caps (QEMU max-bandwidth)', () => {
    const r = maxMinFairShare([{ id: 'a', path: ['L'], cap: 10 }, { id: 'b', path: ['L'], cap: Infinity }], caps({ L: 100 }));
    expect(r.get('a')).toBe(10);
    expect(r.get('b')).toBeCloseTo(90, 12);
  });

  it('never oversubscribes a link and leaves no link with spare capacity that a flow could use', () => {
    const flows = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, path: [`L${i % 4}`, `L${4 + (i % 3)}`], cap: i % 5 === 0 ? 7 : Infinity }));
    const c: Record<string, number> = { L0: 40, L1: 25, L2: 60, L3: 10, L4: 50, L5: 30, L6: 45 };
    const r = maxMinFairShare(flows, caps(c));
    const load: Record<string, number> = {};
    for (const f of flows) for (const l of f.path) load[l] = (load[l] ?? 0) + r.get(f.id)!;
    for (const [l, v] of Object.entries(load)) expect(v).toBeLessThanOrEqual(c[l]! + 1e-9);
    // Max-min: every flow is capped or crosses a saturated link where it has the largest rate.
    for (const f of flows) {
      const rate = r.get(f.id)!;
      const bottleneck = f.path.some((l) => Math.abs(load[l]! - c[l]!) < 1e-9 && flows.filter((g) => g.path.includes(l)).every((g) => r.get(g.id)! <= rate + 1e-9));
      expect(bottleneck || Math.abs(rate - f.cap) < 1e-9).toBe(true);
    }
  });
});

describe('migration network from the design', () => {
  it('routes host -> switch -> switch -> host, bonding parallel uplinks and capping by the migration VLAN', () => {
    const b = new DesignBuilder();
    const s1 = b.add('physicalSwitch', { speedMbps: 10000 });
    const s2 = b.add('physicalSwitch', { speedMbps: 10000 });
    const a = b.host();
    const c = b.host();
    b.uplink(a.host, s1, 1000);
    b.uplink(a.host, s1, 1000);
    b.uplink(c.host, s2, 10000);
    b.uplink(s1, s2, 10000);
    const net = new MigrationNetwork(b.build());
    const path = net.path(a.host, c.host)!;
    expect(path).toHaveLength(3);
    expect(net.capacity(path[0]!)).toBeCloseTo(mbpsToMibs(2000), 9);
    b.add('vlan', { purpose: 'migration', bandwidthMbps: 500 });
    const capped = new MigrationNetwork(b.build());
    expect(capped.capacity(capped.path(a.host, c.host)![2]!)).toBeCloseTo(mbpsToMibs(500), 9);
  });

  it('does not route through a host, and a cut leaves no path', () => {
    const b = new DesignBuilder();
    const s1 = b.add('physicalSwitch');
    const s2 = b.add('physicalSwitch');
    const a = b.host();
    const mid = b.host();
    const c = b.host();
    b.uplink(a.host, s1);
    b.uplink(mid.host, s1);
    const e = b.uplink(mid.host, s2);
    b.uplink(c.host, s2);
    const net = new MigrationNetwork(b.build());
    expect(net.path(a.host, c.host)).toBeNull();
    expect(net.path(mid.host, c.host)).toHaveLength(2);
    expect(net.cut(e)).toHaveLength(1);
    expect(net.path(mid.host, c.host)).toBeNull();
  });

  it('wires hosts without uplinks to an implicit fabric through their first NIC', () => {
    const b = new DesignBuilder();
    const a = b.host({ nics: [{ speedMbps: 25000, count: 2, mtu: 9000 }] });
    const c = b.host({ nics: [{ speedMbps: 1000, count: 1, mtu: 1500 }] });
    const net = new MigrationNetwork(b.build());
    const p = net.path(a.host, c.host)!;
    expect(p.map((l) => net.capacity(l))).toEqual([mbpsToMibs(25000), mbpsToMibs(1000)]);
  });
});
