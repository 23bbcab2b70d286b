import type { Scenario } from '../../model/scenario';
import { MAX_SCENARIOS, scenarioSchema } from '../scenario';
import { describeGot } from './describe';
import { repairValue } from './repairValue';
import { at, type Warnings } from './warnings';

/**
 * Mends each scenario; an action that cannot be mended (unknown type, missing VM) is dropped.
 * References to elements are kept even when the element is gone: that is the simulator's to report.
 */
export function restoreScenarios(raw: unknown, w: Warnings): Scenario[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    w.add('scenarios', `expected a list, got ${describeGot(raw)} — dropped`);
    return [];
  }
  if (raw.length > MAX_SCENARIOS) w.add('scenarios', `${raw.length} scenarios is too many — kept the first ${MAX_SCENARIOS}`);
  const out: Scenario[] = [];
  raw.slice(0, MAX_SCENARIOS).forEach((s, i) => {
    const fallback: Scenario = { name: `Scenario ${i + 1}`, seed: 1, durationS: 3600, actions: [] };
    const r = repairValue(scenarioSchema, s, fallback, at('scenarios', i), w);
    if (r.ok) out.push(r.value as Scenario);
  });
  return out;
}
