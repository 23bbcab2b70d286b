import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoggedSimEvent } from '../../../shared/engine/sim/scenario/simEvents';
import { stateAt } from '../../../shared/engine/sim/scenario/replay';
import { runScenario } from '../../../shared/engine/sim/scenario/runScenario';
import type { Design, NodeId, Scenario, ScenarioAction } from '../../../shared/model';
import { DesignBuilder } from './designBuilder';

interface World {
  design: Design;
  hosts: NodeId[];
  vms: NodeId[];
  links: string[];
}

/** 2-4 hosts in an HA cluster on one switch, 1-6 VMs spread over them. */
const worldArb = fc
  .record({
    hosts: fc.integer({ min: 2, max: 4 }),
    vms: fc.array(fc.record({ on: fc.nat(3), ram: fc.constantFrom(512, 1024, 2048, 4096), dirty: fc.integer({ min: 0, max: 200 }), wws: fc.constantFrom(64, 256, 1024), prio: fc.constantFrom('high', 'medium', 'low', 'disabled') }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ hosts, vms }): World => {
    const b = new DesignBuilder();
    const cluster = b.add('cluster');
    const sw = b.add('physicalSwitch');
    const hs = Array.from({ length: hosts }, () => b.host({ ramGiB: 8 }, cluster));
    const links = hs.map((h) => b.uplink(h.host, sw, 1000) as string);
    const ids = vms.map((v) => b.vm(hs[v.on % hosts]!.hv, { ramMiB: v.ram, haPriority: v.prio as 'high', workload: { cpuPercent: 20, dirtyRateMiBs: v.dirty, wwsMiB: v.wws } }));
    return { design: b.build(), hosts: hs.map((h) => h.host), vms: ids, links: [...links, sw] };
  });

const actionArb = (w: World): fc.Arbitrary<ScenarioAction> => {
  const at = fc.integer({ min: 0, max: 120 });
  const vm = fc.constantFrom(...w.vms);
  const host = fc.constantFrom(...w.hosts);
  return fc.oneof(
    fc.record({ at, type: fc.constant('migrate' as const), vm, to: host, mode: fc.constantFrom('precopy' as const, 'postcopy' as const, 'hybrid' as const, 'cold' as const), policy: fc.constantFrom('threshold' as const, 'xen-legacy' as const, 'xen-v2' as const, 'qemu' as const) }),
    fc.record({ at, type: fc.constant('failHost' as const), host }),
    fc.record({ at, type: fc.constant('cutLink' as const), link: fc.constantFrom(...(w.links as NodeId[])) }),
    fc.record({ at, type: fc.constant('setWorkload' as const), vm, workload: fc.record({ dirtyRateMiBs: fc.integer({ min: 0, max: 300 }) }) }),
    fc.record({ at, type: fc.constant('powerHost' as const), host, on: fc.boolean() }),
    fc.record({ at, type: fc.constant('lifecycle' as const), vm, action: fc.constantFrom('start' as const, 'suspend' as const, 'resume' as const, 'snapshot' as const, 'stop' as const, 'terminate' as const) }),
  );
};

const caseArb = worldArb.chain((w) => fc.record({ w: fc.constant(w), actions: fc.array(actionArb(w), { maxLength: 10 }), seed: fc.integer() }));

const scenarioOf = (actions: ScenarioAction[], seed: number): Scenario => ({ name: 'prop', seed, durationS: 0, actions });

describe('scenario properties', () => {
  it('no VM is lost or duplicated, except a VM lost in post-copy, which is reported as such', () => {
    fc.assert(
      fc.property(caseArb, ({ w, actions, seed }) => {
        const { report, log } = runScenario(w.design, scenarioOf(actions, seed));
        const holders = new Map<string, string[]>();
        for (const h of report.hosts) for (const v of h.vms) holders.set(v, [...(holders.get(v) ?? []), h.host]);
        const lostInPostcopy = new Set(log.filter((e): e is Extract<LoggedSimEvent, { type: 'migration-aborted' }> => e.type === 'migration-aborted' && e.vmLost).map((e) => e.vm));
        for (const v of report.vms) {
          const on = holders.get(v.vm) ?? [];
          if (v.lost) {
            expect(on).toEqual([]);
            expect(lostInPostcopy.has(v.vm)).toBe(true);
          } else if (v.state === 'terminated') {
            expect(on).toEqual([]);
          } else {
            expect(on).toEqual([v.host]);
          }
        }
        // Only migrations that had reached post-copy lose a VM.
        for (const e of log) if (e.type === 'vm-lost') expect(lostInPostcopy.has(e.vm)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('replay is deterministic and the replayed end state matches the report', () => {
    fc.assert(
      fc.property(caseArb, ({ w, actions, seed }) => {
        const s = scenarioOf(actions, seed);
        const first = runScenario(w.design, s);
        const second = runScenario(w.design, s);
        expect(JSON.stringify(second.log)).toBe(JSON.stringify(first.log));
        const end = stateAt(w.design, first.log, first.report.endTimeS);
        for (const v of first.report.vms) expect(end.vms[v.vm]).toEqual({ host: v.host, state: v.state, lost: v.lost });
      }),
      { numRuns: 40 },
    );
  });
});
