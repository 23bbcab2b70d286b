import type { Design, Scenario } from '../../../model';
import { fail, ok, type Result } from '../../result';
import type { LoggedSimEvent, ScenarioReport } from './simEvents';
import { ScenarioRun, type ScenarioRunOptions } from './scenarioRun';

/** The design's scenario with this name (the first one when no name is given), or why there is none. */
export function findScenario(design: Design, name?: string): Result<Scenario> {
  if (design.scenarios.length === 0) return fail('no-scenario', 'This design has no scenarios to run.');
  if (name === undefined) return ok(design.scenarios[0]!);
  const s = design.scenarios.find((x) => x.name === name);
  return s ? ok(s) : fail('no-scenario', `No scenario named "${name}"; this design has: ${design.scenarios.map((x) => `"${x.name}"`).join(', ')}.`);
}

/** Runs a scenario to the end in one go: its report and its full event log. */
export function runScenario(design: Design, scenario: Scenario, options: ScenarioRunOptions = {}): { report: ScenarioReport; log: LoggedSimEvent[] } {
  const run = new ScenarioRun(design, scenario, options);
  const report = run.runToEnd();
  return { report, log: [...run.log] };
}
