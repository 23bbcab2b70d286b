import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import { LiveValidator } from '../../../shared/engine/validation/liveValidator';
import { validateDesign } from '../../../shared/engine/validation/validate';
import type { Design } from '../../../shared/model';
import { richLab } from './richLab';
import { randomCommand } from './randomEdits';

const step = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat());

describe('incremental validation', () => {
  const start = richLab();

  it('equals full validation after every random edit, undo and settings change', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const live = new LiveValidator();
        live.full(start);
        let d = start;
        const history: Design[] = [start];
        for (const s of steps) {
          if (s[0] % 13 === 12) {
            // Undo/redo/replace: jump to an earlier design with no events (the validator diffs).
            d = history[s[1] % history.length]!;
            live.update(d, []);
          } else if (s[0] % 29 === 28) {
            d = { ...d, topology: { ...d.topology, settings: { ...d.topology.settings, ramHeadroomPercent: s[1] % 40, useHypervisorRatios: s[2] % 2 === 0 } } };
            live.update(d, []);
          } else {
            const cmd = randomCommand(d, s);
            if (!cmd) continue;
            const r = applyCommand(d, cmd);
            if (!r.ok) continue;
            d = r.value.design;
            history.push(d);
            live.update(d, r.value.events);
          }
          expect(live.findings()).toEqual(validateDesign(d));
        }
      }),
      { numRuns: Number(process.env.VIRTLAB_FUZZ_RUNS ?? 300) },
    );
  });

  it('the rich lab itself raises findings from many rules (so the property has something to compare)', () => {
    const rules = new Set(validateDesign(start).map((f) => f.ruleId));
    expect(rules.size).toBeGreaterThan(5);
  });
});
