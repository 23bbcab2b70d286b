import { parseArgs } from 'node:util';
import type { MigrationMode, StopPolicy } from '../../../shared/model';
import type { MigrationParams } from '../../../shared/engine/sim/migration/params';
import { simulateMigration } from '../../../shared/engine/sim/migration/simulateMigration';
import { MIB, type MigrationResult } from '../../../shared/engine/sim/migration/telemetry';
import { EXIT, UsageError, type CliCommand } from '../io';

const MODES: readonly MigrationMode[] = ['precopy', 'postcopy', 'hybrid', 'cold'];
const POLICIES: readonly StopPolicy[] = ['threshold', 'xen-legacy', 'xen-v2', 'qemu'];

const USAGE = `Usage: virtlab migrate --memory-mib M --dirty-rate-mib-s D --bandwidth-mib-s R [options]

Simulates one VM migration alone on its link (DOMAIN.md §4) and prints the total time, downtime,
rounds, data sent, whether it converged and why it stopped, then one row per round.

Required:
  --memory-mib M            guest RAM, MiB
  --dirty-rate-mib-s D      how fast the guest dirties memory, MiB/s
  --bandwidth-mib-s R       link speed, MiB/s
Options:
  --wws-mib W               writable working set (hot pages), MiB; default: all memory
  --mode MODE               precopy (default) | postcopy | hybrid | cold
  --policy POLICY           pre-copy stop policy: threshold (default) | xen-legacy | xen-v2 | qemu
  --threshold-mib T         threshold policy: stop-and-copy once a round leaves <= T MiB dirty (30)
  --downtime-limit-ms L     qemu: switch over once remaining fits in L ms at the bandwidth (300)
  --max-rounds N            cap on live rounds (threshold 30, xen-legacy 29, xen-v2 5, qemu none)
  --auto-converge           qemu: throttle the vCPUs 20 %, then +10 % per step, when dirtying outpaces the transfer
  --max-bandwidth-mib-s B   qemu: live-phase rate cap (128); the final copy goes at link speed
  --postcopy-after N        qemu: switch to post-copy after N bitmap syncs without converging
  --timeout-s-per-gib S     qemu: management timeout, s per GiB of RAM (Nova: 800; 0 = none)
  --force-complete          qemu: at the timeout pause and copy the rest instead of aborting
  --no-skip                 xen-legacy: do not skip pages re-dirtied during a round
  --no-prepaging            post-copy: no pre-paging around faults
  --page-kib P              page size, KiB (4)
  --resume-ms S             switchover cost T_resume added to downtime and total (0)
  --page-level              page-level model: a dirty bitmap with seeded random writes to the hot set
  --seed N                  seed of the page-level model (1)
  --json                    print {totalTimeS, downtimeMs, rounds, transferredMiB, converged, stopReason, perRound, ...}
  -h, --help                show this help

Exit codes: 0 the VM reached the destination; 1 the migration did not complete (aborted at the
management timeout); 2 bad usage.`;

const OPTIONS = {
  'memory-mib': { type: 'string' },
  'dirty-rate-mib-s': { type: 'string' },
  'bandwidth-mib-s': { type: 'string' },
  'wws-mib': { type: 'string' },
  mode: { type: 'string' },
  policy: { type: 'string' },
  'threshold-mib': { type: 'string' },
  'downtime-limit-ms': { type: 'string' },
  'max-rounds': { type: 'string' },
  'auto-converge': { type: 'boolean' },
  'max-bandwidth-mib-s': { type: 'string' },
  'postcopy-after': { type: 'string' },
  'timeout-s-per-gib': { type: 'string' },
  'force-complete': { type: 'boolean' },
  'no-skip': { type: 'boolean' },
  'no-prepaging': { type: 'boolean' },
  'page-kib': { type: 'string' },
  'resume-ms': { type: 'string' },
  'page-level': { type: 'boolean' },
  seed: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** Parses flags strictly (unknown flags, missing values and positionals are usage errors). */
export function parseFlags<O extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: O, command: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
  if (parsed.positionals.length > 0) throw new UsageError(`${command} takes no positional argument; got "${parsed.positionals.join(' ')}".`);
  return parsed.values as Record<string, string | boolean | undefined>;
}

/** A numeric flag: absent -> undefined; present -> a finite number, or a usage error that says what is wrong. */
export function numberFlag(values: Record<string, string | boolean | undefined>, flag: string, opts: { integer?: boolean; min?: number; positive?: boolean } = {}): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${flag} must be a number; got "${String(raw)}".`);
  if (opts.integer && !Number.isInteger(n)) throw new UsageError(`--${flag} must be a whole number; got ${raw}.`);
  if (opts.positive && !(n > 0)) throw new UsageError(`--${flag} must be greater than 0; got ${raw}.`);
  if (opts.min !== undefined && n < opts.min) throw new UsageError(`--${flag} must be at least ${opts.min}; got ${raw}.`);
  return n;
}

/** A flag whose value must be one of a list. */
export function choiceFlag<T extends string>(values: Record<string, string | boolean | undefined>, flag: string, allowed: readonly T[]): T | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(String(raw))) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${String(raw)}".`);
  return raw as T;
}

function required(values: Record<string, string | boolean | undefined>, flag: string, what: string): number {
  const n = numberFlag(values, flag, { min: 0 });
  if (n === undefined) throw new UsageError(`missing --${flag} (${what}).`);
  return n;
}

/** MigrationParams field -> the flag that sets it, to word errors in the user's terms. */
const FLAG_OF: Record<string, string> = {
  memoryMiB: '--memory-mib', dirtyRateMiBs: '--dirty-rate-mib-s', bandwidthMiBs: '--bandwidth-mib-s', wwsMiB: '--wws-mib',
  pageKiB: '--page-kib', maxRounds: '--max-rounds', maxBandwidthMiBs: '--max-bandwidth-mib-s', postcopyAfterSyncs: '--postcopy-after', pageLevel: '--page-level',
};

const f3 = (x: number): string => x.toFixed(3);

/** The result as text: summary lines, then a table with one row per round. */
export function migrationText(p: MigrationParams, r: MigrationResult): string {
  const lines = [
    `${r.mode === 'precopy' ? `Pre-copy migration (${r.policy} policy)` : r.mode === 'postcopy' ? 'Post-copy migration' : r.mode === 'hybrid' ? 'Hybrid migration (one pre-copy pass, then post-copy)' : 'Cold migration'}, ${p.pageLevel ? `page-level model (seed ${p.seed ?? 1})` : 'analytic model'}`,
    `  memory ${p.memoryMiB} MiB, dirty rate ${p.dirtyRateMiBs} MiB/s, bandwidth ${p.bandwidthMiBs} MiB/s, writable working set ${p.wwsMiB ?? p.memoryMiB} MiB`,
    `Total time      ${f3(r.totalTimeS)} s`,
    `Downtime        ${f3(r.downtimeMs)} ms`,
    `Rounds          ${r.rounds} live${r.perRound.some((x) => x.phase === 'stop-and-copy') ? ' + stop-and-copy' : ''}`,
    `Data sent       ${f3(r.transferredMiB)} MiB`,
    `Converged       ${r.converged ? 'yes' : 'no'}${r.completed ? '' : ' (the migration did not complete: the VM stays on the source)'}`,
    `Why it stopped  ${r.stopReason}: ${r.stopDetail}`,
  ];
  if (r.postcopyRequests > 0) lines.push(`Page faults     ${r.postcopyRequests} (postcopy-requests), ${f3(r.faultStallMs)} ms of vCPU stall`);
  const head = ['round', 'phase', 'start s', 'time s', 'sent MiB', 'remaining MiB', 'dirty pages/s', 'Mbit/s', 'syncs', 'exp. downtime ms', 'throttle %'];
  const rows = r.perRound.map((x) => [
    String(x.round), x.phase, f3(x.startS), f3(x.durationS), f3(x.sentMiB), f3(x.remaining / MIB), String(x['dirty-pages-rate']),
    x.mbps.toFixed(1), String(x['dirty-sync-count']), f3(x['expected-downtime']), String(x['cpu-throttle-percentage']),
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ');
  lines.push('', fmt(head), ...rows.map(fmt));
  return `${lines.join('\n')}\n`;
}

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Simulate one live or cold migration: time, downtime, rounds, why it stopped',
  usage: USAGE,
  async run(args, io) {
    const v = parseFlags(args, OPTIONS, 'migrate');
    const params: MigrationParams = {
      memoryMiB: required(v, 'memory-mib', 'guest RAM in MiB'),
      dirtyRateMiBs: required(v, 'dirty-rate-mib-s', 'how fast the guest dirties memory, MiB/s'),
      bandwidthMiBs: required(v, 'bandwidth-mib-s', 'link speed in MiB/s'),
    };
    const set = <K extends keyof MigrationParams>(key: K, value: MigrationParams[K] | undefined) => {
      if (value !== undefined) params[key] = value;
    };
    set('wwsMiB', numberFlag(v, 'wws-mib', { min: 0 }));
    set('mode', choiceFlag(v, 'mode', MODES));
    set('policy', choiceFlag(v, 'policy', POLICIES));
    set('thresholdMiB', numberFlag(v, 'threshold-mib', { min: 0 }));
    set('downtimeLimitMs', numberFlag(v, 'downtime-limit-ms', { min: 0 }));
    set('maxRounds', numberFlag(v, 'max-rounds', { integer: true, min: 1 }));
    set('maxBandwidthMiBs', numberFlag(v, 'max-bandwidth-mib-s', { positive: true }));
    set('postcopyAfterSyncs', numberFlag(v, 'postcopy-after', { integer: true, min: 1 }));
    set('timeoutSPerGiB', numberFlag(v, 'timeout-s-per-gib', { min: 0 }));
    set('pageKiB', numberFlag(v, 'page-kib', { positive: true }));
    set('resumeMs', numberFlag(v, 'resume-ms', { min: 0 }));
    set('seed', numberFlag(v, 'seed', { integer: true }));
    if (v['auto-converge']) params.autoConverge = true;
    if (v['force-complete']) params.timeoutAction = 'force-complete';
    if (v['no-skip']) params.skipRedirtied = false;
    if (v['no-prepaging']) params.prepaging = false;
    if (v['page-level']) params.pageLevel = true;
    const qemuOnly = ['auto-converge', 'max-bandwidth-mib-s', 'postcopy-after', 'timeout-s-per-gib', 'force-complete', 'downtime-limit-ms'].filter((f) => v[f] !== undefined);
    if (qemuOnly.length > 0 && (params.policy ?? 'threshold') !== 'qemu') {
      throw new UsageError(`--${qemuOnly[0]} applies to the qemu policy; add --policy qemu.`);
    }
    const result = simulateMigration(params);
    if (!result.ok) {
      const flag = FLAG_OF[result.error.path ?? ''];
      throw new UsageError(flag ? `${flag}: ${result.error.message}` : result.error.message);
    }
    const r = result.value;
    if (v.json) {
      const { totalTimeS, downtimeMs, rounds, transferredMiB, converged, stopReason, stopDetail, completed, mode, policy, postcopyRequests, faultStallMs, perRound } = r;
      io.stdout.write(`${JSON.stringify({ totalTimeS, downtimeMs, rounds, transferredMiB, converged, stopReason, stopDetail, completed, mode, policy, postcopyRequests, faultStallMs, perRound }, null, 2)}\n`);
    } else {
      io.stdout.write(migrationText(params, r));
    }
    return r.completed ? EXIT.ok : EXIT.invalid;
  },
};
