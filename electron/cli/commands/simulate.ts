import type { Design, NodeId } from '../../../shared/model';
import type { LoggedSimEvent, ScenarioReport } from '../../../shared/engine/sim/scenario/simEvents';
import { findScenario, runScenario } from '../../../shared/engine/sim/scenario/runScenario';
import { MIB } from '../../../shared/engine/sim/migration/telemetry';
import { parseCommandArgs } from '../args';
import { EXIT, UsageError, type CliCommand } from '../io';
import { readProjectFile } from '../readProjectFile';
import { numberFlag } from './migrate';

const USAGE = `Usage: virtlab simulate <project.virtlab.json> [--scenario NAME] [--seed N] [--json]

Runs one of the project's scenarios on the discrete-event simulator — migrations over the shared
migration network, life-cycle actions, host failures and HA restarts, link cuts — and prints the
timeline, then each VM's and each migration's outcome with its reason.

Options:
  --scenario NAME  the scenario to run (default: the project's first)
  --seed N         override the scenario's seed (same design, scenario and seed: same timeline)
  --json           print {file, scenario, seed, report, timeline} (every event, with its time)
  -h, --help       show this help

Exit codes: 0 ran (outcomes may still include aborted migrations or lost VMs); 1 the file is not a
loadable project or has no scenarios; 2 bad usage (unknown scenario, bad seed) or unreadable file.`;

/** Simulated seconds as text. */
const at = (t: number): string => `${t.toFixed(3).padStart(11)} s`;

/** One line of the timeline for an event, with element names; null for events too fine for text (rate changes). */
export function describeEvent(e: LoggedSimEvent, name: (id: string) => string): string | null {
  switch (e.type) {
    case 'sim-started': return `scenario "${e.scenario}" starts (seed ${e.seed}, ${e.hosts} host(s), ${e.vms} VM(s))`;
    case 'action': return null;
    case 'refused': return `REFUSED ${e.action} (${name(e.target)}): ${e.reason}`;
    case 'vm-state': return `${name(e.vm)}: ${e.from} -> ${e.to} (${e.reason})`;
    case 'vm-moved': return `${name(e.vm)} now on ${name(e.to)} (${e.reason})`;
    case 'vm-lost': return `${name(e.vm)} LOST: ${e.reason}`;
    case 'migration-queued': return `${e.migration}: ${name(e.vm)} ${name(e.from)} -> ${name(e.to)} queued: ${e.reason}`;
    case 'migration-started': return `${e.migration}: ${name(e.vm)} ${name(e.from)} -> ${name(e.to)} starts (${e.mode}, ${e.policy}) over ${e.path.length} link(s)`;
    case 'migration-rate': return null;
    case 'migration-round': {
      const r = e.row;
      return `${e.migration}: ${r.phase} round ${r.round}: ${r.sentMiB.toFixed(3)} MiB in ${r.durationS.toFixed(3)} s, ${(r.remaining / MIB).toFixed(3)} MiB still dirty`;
    }
    case 'migration-switchover': return `${e.migration}: ${name(e.vm)} paused for ${e.phase}`;
    case 'migration-completed': return `${e.migration}: ${name(e.vm)} arrived on ${name(e.to)}: ${e.summary.totalTimeS.toFixed(3)} s, downtime ${e.summary.downtimeMs.toFixed(3)} ms, ${e.summary.transferredMiB.toFixed(3)} MiB (${e.summary.stopReason})`;
    case 'migration-aborted': return `${e.migration}: ${name(e.vm)} migration aborted${e.vmLost ? ' — VM LOST' : ''}: ${e.reason}`;
    case 'host-failed': return `${name(e.host)} FAILED (${e.vms.length} VM(s) crashed)`;
    case 'host-power': return `${name(e.host)} powered ${e.on ? 'on' : 'off'} (${e.reason})`;
    case 'link-cut': return `link cut: ${name(e.element)} (${e.links.length} migration link(s) down)`;
    case 'workload-changed': return `${name(e.vm)} workload changed: ${JSON.stringify(e.workload)}`;
    case 'ha-admission': return `HA admission control of ${name(e.cluster)}: ${e.satisfied ? 'satisfied' : 'NOT satisfied'} (${e.detail})`;
    case 'ha-restart': return `HA restarts ${name(e.vm)} on ${name(e.to)} (priority ${e.priority})`;
    case 'ha-not-restarted': return `HA cannot restart ${name(e.vm)}: ${e.reason}`;
    case 'sim-ended': return `end (${e.reason === 'idle' ? 'nothing left to happen' : e.reason === 'duration' ? 'scenario duration reached' : 'cancelled'})`;
  }
}

/** The report as text: timeline, VM outcomes, migration outcomes. */
export function scenarioText(design: Design, report: ScenarioReport, log: readonly LoggedSimEvent[]): string {
  const { nodes } = design.topology;
  const name = (id: string) => {
    const n = nodes.get(id as NodeId);
    return n ? `${n.name} [${id}]` : id;
  };
  const lines = [`Timeline of "${report.scenario}" (seed ${report.seed}):`];
  for (const e of log) {
    const text = describeEvent(e, name);
    if (text) lines.push(`${at(e.t)}  ${text}`);
  }
  lines.push('', 'VMs:');
  for (const v of report.vms) lines.push(`  ${v.lost ? 'LOST ' : ''}${v.summary}`);
  lines.push('', 'Migrations:');
  if (report.migrations.length === 0) lines.push('  none');
  for (const m of report.migrations) {
    const figures = m.summary ? ` — ${m.summary.totalTimeS.toFixed(3)} s, downtime ${m.summary.downtimeMs.toFixed(3)} ms, ${m.summary.rounds} round(s), ${m.summary.transferredMiB.toFixed(3)} MiB` : '';
    lines.push(`  ${m.migration} ${name(m.vm)} ${name(m.from)} -> ${name(m.to)} (${m.mode}, ${m.policy}): ${m.status}${figures}. ${m.reason}`);
  }
  lines.push('', `${report.eventsProcessed} simulation event(s), ended at ${report.endTimeS.toFixed(3)} s.`);
  return `${lines.join('\n')}\n`;
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: "Run a project's scenario: timeline and each VM's and migration's outcome",
  usage: USAGE,
  async run(args, io) {
    const { file, values } = parseCommandArgs(args, { scenario: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } });
    const seed = numberFlag(values, 'seed', { integer: true });
    const loaded = await readProjectFile(file);
    if (!loaded.ok) {
      io.stderr.write(`virtlab simulate: ${loaded.message}\n`);
      return loaded.exit;
    }
    for (const w of loaded.warnings) io.stderr.write(`virtlab simulate: warning: ${w}\n`);
    const scenario = findScenario(loaded.design, values.scenario);
    if (!scenario.ok) {
      if (values.scenario !== undefined && loaded.design.scenarios.length > 0) throw new UsageError(scenario.error.message);
      io.stderr.write(`virtlab simulate: ${file}: ${scenario.error.message}\n`);
      return EXIT.invalid;
    }
    const { report, log } = runScenario(loaded.design, scenario.value, seed === undefined ? {} : { seed });
    if (values.json) io.stdout.write(`${JSON.stringify({ file, scenario: report.scenario, seed: report.seed, report, timeline: log }, null, 2)}\n`);
    else io.stdout.write(scenarioText(loaded.design, report, log));
    return EXIT.ok;
  },
};
