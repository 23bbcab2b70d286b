import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packVms, type BinHost, type BinVm } from '../../../shared/engine/sim/consolidation/binPacking';
import { orderMigrations } from '../../../shared/engine/sim/consolidation/migrationPlan';

const EPS = 1e-9;

/** Hosts and a valid current placement (built by first fit so it never overfills). */
const caseArb = fc
  .record({
    hosts: fc.array(fc.record({ cpu: fc.integer({ min: 4, max: 32 }), ram: fc.integer({ min: 8, max: 64 }) }), { minLength: 1, maxLength: 6 }),
    vms: fc.array(fc.record({ cpu: fc.integer({ min: 1, max: 8 }), ram: fc.integer({ min: 1, max: 16 }), pref: fc.nat(5) }), { maxLength: 16 }),
    algorithm: fc.constantFrom('ffd' as const, 'bfd' as const),
  })
  .map(({ hosts, vms, algorithm }) => {
    const hs: BinHost[] = hosts.map((h, i) => ({ id: `h${i}`, ...h }));
    const cpu = hs.map(() => 0);
    const ram = hs.map(() => 0);
    const placed: BinVm[] = [];
    vms.forEach((v, i) => {
      for (let k = 0; k < hs.length; k++) {
        const j = (v.pref + k) % hs.length;
        if (cpu[j]! + v.cpu <= hs[j]!.cpu && ram[j]! + v.ram <= hs[j]!.ram) {
          cpu[j]! += v.cpu;
          ram[j]! += v.ram;
          placed.push({ id: `v${i}`, cpu: v.cpu, ram: v.ram, host: hs[j]!.id });
          return;
        }
      }
    });
    return { hosts: hs, vms: placed, algorithm };
  });

describe('consolidation plan properties', () => {
  it('packing never overfills a host, and no plan step overfills one either', () => {
    fc.assert(
      fc.property(caseArb, ({ hosts, vms, algorithm }) => {
        const packing = packVms(hosts, vms, algorithm);
        const cap = new Map(hosts.map((h) => [h.id, h]));
        const load = (assign: (v: BinVm) => string | null) => {
          const l = new Map(hosts.map((h) => [h.id, { cpu: 0, ram: 0 }]));
          for (const v of vms) {
            const h = assign(v);
            if (h) {
              l.get(h)!.cpu += v.cpu;
              l.get(h)!.ram += v.ram;
            }
          }
          return l;
        };
        for (const [h, l] of load((v) => packing.assignment[v.id] ?? null)) {
          expect(l.cpu).toBeLessThanOrEqual(cap.get(h)!.cpu + EPS);
          expect(l.ram).toBeLessThanOrEqual(cap.get(h)!.ram + EPS);
        }
        const plan = orderMigrations(hosts, vms, packing.assignment);
        const where = new Map(vms.map((v) => [v.id, v.host!]));
        const now = load((v) => v.host);
        const byId = new Map(vms.map((v) => [v.id, v]));
        for (const step of plan.steps) {
          const v = byId.get(step.vm)!;
          expect(where.get(v.id)).toBe(step.from);
          // While it migrates the VM is on both hosts: the destination must have room before it leaves.
          const dest = now.get(step.to)!;
          expect(dest.cpu + v.cpu).toBeLessThanOrEqual(cap.get(step.to)!.cpu + EPS);
          expect(dest.ram + v.ram).toBeLessThanOrEqual(cap.get(step.to)!.ram + EPS);
          dest.cpu += v.cpu;
          dest.ram += v.ram;
          now.get(step.from)!.cpu -= v.cpu;
          now.get(step.from)!.ram -= v.ram;
          where.set(v.id, step.to);
        }
        if (!plan.blocked) {
          for (const v of vms) if (packing.assignment[v.id]) expect(where.get(v.id)).toBe(packing.assignment[v.id]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
