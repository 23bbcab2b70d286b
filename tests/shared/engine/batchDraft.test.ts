import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { Command, DomainEvent } from '../../../shared/engine/commands/types';
import type { Design, NodeId } from '../../../shared/model';
import { randomCommand } from '../validation/randomEdits';
import { richLab } from '../validation/richLab';

const step = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat());

/** The commands that succeed one after another from `start`, with the design and events they lead to. */
function oneByOne(start: Design, steps: [number, number, number, number][]) {
  let d = start;
  const commands: Command[] = [];
  const events: DomainEvent[] = [];
  for (const s of steps) {
    const cmd = randomCommand(d, s);
    if (!cmd) continue;
    const r = applyCommand(d, cmd);
    if (!r.ok) continue;
    commands.push(cmd);
    events.push(...r.value.events);
    d = r.value.design;
  }
  return { commands, design: d, events };
}

describe('a batch copies each record once and writes its later steps into that copy', () => {
  const start = richLab();
  const snapshot = structuredClone(start);

  it('gives the same design and events as its steps applied one by one, and leaves the design it was given as it was', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const expected = oneByOne(start, steps);
        const r = applyCommand(start, { type: 'batch', label: 'steps', commands: expected.commands });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.design).toEqual(expected.design);
        expect(r.value.events).toEqual(expected.events);
        expect(start).toEqual(snapshot);
      }),
      { numRuns: Number(process.env.VIRTLAB_FUZZ_RUNS ?? 150) },
    );
  });

  it('a refused step refuses the whole batch and leaves the design as it was', () => {
    const vm = [...start.topology.nodes.values()].find((n) => n.kind === 'vm')!;
    const r = applyCommand(start, {
      type: 'batch',
      label: 'half a paste',
      commands: [
        { type: 'setProps', id: vm.id, props: { name: 'renamed' } },
        { type: 'addNode', kind: 'vm', parentId: vm.parentId, position: { x: 1, y: 2 } },
        { type: 'remove', ids: [vm.id] },
        { type: 'setProps', id: 'no-such-element' as NodeId, props: { name: 'x' } },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Step 4 \(setProps\): No element or connection with id "no-such-element"/);
    expect(start).toEqual(snapshot);
  });

  it('every step after the first writes into the records the batch copied (one copy per record, not one per step)', () => {
    const vms = [...start.topology.nodes.values()].filter((n) => n.kind === 'vm').slice(0, 2);
    const r = applyCommand(start, {
      type: 'batch',
      label: 'two renames',
      commands: vms.map((v, i) => ({ type: 'setProps', id: v.id, props: { name: `renamed-${i}` } }) as Command),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.design.topology.nodes).not.toBe(start.topology.nodes);
    expect(vms.map((v) => r.value.design.topology.nodes.get(v.id)!.name)).toEqual(['renamed-0', 'renamed-1']);
    expect(vms.map((v) => start.topology.nodes.get(v.id)!.name)).toEqual(vms.map((v) => v.name));
  });
});
