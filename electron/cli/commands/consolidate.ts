import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { classicExperiment } from '../../../shared/engine/sim/consolidation/classicSetup';
import { DynamicConsolidation, type ConsolidationMetrics } from '../../../shared/engine/sim/consolidation/dynamicConsolidation';
import type { OverloadPolicy } from '../../../shared/engine/sim/consolidation/overload';
import { parsePlanetLabTrace } from '../../../shared/engine/sim/consolidation/planetlab';
import type { SelectionPolicy } from '../../../shared/engine/sim/consolidation/selection';
import { EXIT, UsageError, type CliCommand } from '../io';
import { choiceFlag, numberFlag, parseFlags } from './migrate';

const USAGE = `Usage: virtlab consolidate --trace DIR [--hosts 800] [--policy thr|mad|iqr|lr] [--selection mmt|mu|mc] [--safety S] [--json]

Runs one day of dynamic VM consolidation like the classic experiments (Beloglazov & Buyya 2012,
CloudSim's power package): one VM per PlanetLab trace file in DIR (288 CPU percentages, one per
5 minutes), VM types 2500/2000/1000/500 MIPS with 870/1740/1740/613 MB RAM assigned round-robin,
hosts alternating HP ProLiant ML110 G4 and G5 (2 cores, 4 GiB, 1 Gbit/s), 300 s scheduling
interval. Prints energy, migrations, SLATAH, PDM, SLAV and host shutdowns.

Options:
  --trace DIR        folder of trace files (every file in it, in name order)
  --hosts N          number of hosts (800)
  --policy P         overload detection: thr, mad, iqr, lr (default lr)
  --selection S      VM selection: mmt (default), mu, mc
  --safety S         THR threshold or MAD/IQR/LR safety parameter (defaults 0.8, 2.5, 1.5, 1.2)
  --ram-limits       also bound migrations by host RAM and bandwidth (CloudSim does not: its traces request none)
  --json             print the metrics as JSON
  -h, --help         show this help

Exit codes: 0 done; 1 a trace file is malformed; 2 bad usage or an unreadable folder.`;

const POLICIES: readonly OverloadPolicy[] = ['thr', 'mad', 'iqr', 'lr'];
const SELECTIONS: readonly SelectionPolicy[] = ['mmt', 'mu', 'mc'];

/** Reads every regular, non-hidden file of a folder, in name order; a usage error says why when it cannot. */
async function readTraceFolder(dir: string): Promise<{ name: string; text: string }[]> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`--trace ${dir}: not a folder.`);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--trace ${dir}: ${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message}.`);
  }
  const files: { name: string; text: string }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    files.push({ name, text: await readFile(path, 'utf8') });
  }
  if (files.length === 0) throw new UsageError(`--trace ${dir}: the folder holds no trace files.`);
  return files;
}

/** The metrics as aligned text lines. */
export function metricsText(m: ConsolidationMetrics, traces: number): string {
  const label = `${m.policy.toUpperCase()}-${m.selection.toUpperCase()} (${m.policy === 'thr' ? 'threshold' : 'safety'} ${m.safety})`;
  const rows: [string, string][] = [
    ['Energy', `${m.energyKWh.toFixed(2)} kWh`],
    ['VM migrations', String(m.migrations)],
    ['SLATAH', `${(m.slatah * 100).toFixed(2)} %`],
    ['PDM', `${(m.pdm * 100).toFixed(3)} %`],
    ['SLAV', m.slav.toExponential(2)],
    ['Host shutdowns', String(m.hostShutdowns)],
    ['Mean active hosts', m.meanActiveHosts.toFixed(1)],
  ];
  if (m.unplacedVms > 0) rows.push(['VMs left unplaced', String(m.unplacedVms)]);
  const head = `Dynamic consolidation ${label}: ${traces} VM(s) on ${m.hosts} host(s), ${(m.simulatedS / 3600).toFixed(1)} h in 300 s intervals${m.ramAndBwLimits ? ', RAM and bandwidth enforced' : ''}`;
  return `${[head, ...rows.map(([k, v]) => `  ${k.padEnd(18)} ${v}`)].join('\n')}\n`;
}

export const consolidateCommand: CliCommand = {
  name: 'consolidate',
  summary: 'One day of dynamic consolidation over PlanetLab traces: energy, migrations, SLA',
  usage: USAGE,
  async run(args, io) {
    const v = parseFlags(args, {
      trace: { type: 'string' }, hosts: { type: 'string' }, policy: { type: 'string' }, selection: { type: 'string' },
      safety: { type: 'string' }, 'ram-limits': { type: 'boolean' }, json: { type: 'boolean' },
    }, 'consolidate');
    if (typeof v.trace !== 'string') throw new UsageError('missing --trace DIR (a folder of PlanetLab trace files).');
    const hosts = numberFlag(v, 'hosts', { integer: true, min: 1 }) ?? 800;
    const policy = choiceFlag(v, 'policy', POLICIES) ?? 'lr';
    const selection = choiceFlag(v, 'selection', SELECTIONS) ?? 'mmt';
    const safety = numberFlag(v, 'safety', { min: 0 });
    const files = await readTraceFolder(v.trace);
    const traces: number[][] = [];
    for (const f of files) {
      const parsed = parsePlanetLabTrace(f.text, join(v.trace, f.name));
      if (!parsed.ok) {
        io.stderr.write(`virtlab consolidate: ${parsed.error.message}\n`);
        return EXIT.invalid;
      }
      traces.push(parsed.value);
    }
    const input = classicExperiment(traces, { hosts, policy, selection, ramAndBwLimits: v['ram-limits'] === true, ...(safety === undefined ? {} : { safety }) });
    const metrics = new DynamicConsolidation(input).runToEnd();
    if (v.json) io.stdout.write(`${JSON.stringify({ traceDir: v.trace, traces: traces.length, ...metrics }, null, 2)}\n`);
    else io.stdout.write(metricsText(metrics, traces.length));
    return EXIT.ok;
  },
};
