import type { LoggedSimEvent, ScenarioReport, VmOutcome } from './simTypes';
import type { Design, EdgeId, NodeId, ScenarioAction } from '../../../shared/model';
import { MODE_LABEL, POLICY_LABEL } from './concepts';
import { mib, ms, rate, seconds } from './format';
import { PHASE_LABEL } from './timeline';

export type Tone = 'info' | 'good' | 'warn' | 'bad';

/** One line of the event list: when, what (a sentence), how it should look, which elements it is about. */
export interface EventLine {
  seq: number;
  t: number;
  text: string;
  tone: Tone;
  targets: string[];
}

/** Names of design elements for sentences (ids when an element has no name or is gone). */
export function namer(design: Design): (id: string) => string {
  const { nodes, edges } = design.topology;
  return (id) => {
    const n = nodes.get(id as NodeId);
    if (n) return n.name || id;
    const e = edges.get(id as EdgeId);
    if (e) return `${nodes.get(e.source)?.name ?? e.source} → ${nodes.get(e.target)?.name ?? e.target}`;
    return id;
  };
}

/** A scenario action in words ("migrate web-1 to host-2 (pre-copy, QEMU)"). */
export function actionText(a: ScenarioAction, name: (id: string) => string): string {
  switch (a.type) {
    case 'migrate': return `migrate ${name(a.vm)} to ${name(a.to)} (${MODE_LABEL[a.mode]}${a.mode === 'precopy' ? `, ${POLICY_LABEL[a.policy ?? 'qemu']}` : ''})`;
    case 'failHost': return `fail host ${name(a.host)}`;
    case 'cutLink': return `cut ${name(a.link)}`;
    case 'setWorkload': return `set ${name(a.vm)}'s workload (${Object.entries(a.workload).map(([k, v]) => `${k} ${Array.isArray(v) ? 'trace' : v}`).join(', ')})`;
    case 'powerHost': return `power ${a.on ? 'on' : 'off'} ${name(a.host)}`;
    case 'lifecycle': return `${a.action} ${name(a.vm)}`;
  }
}

/**
 * Every event of a run as a sentence for the timeline list. Rounds are left out unless asked for
 * (a QEMU migration can log hundreds of syncs; the migration table shows them).
 */
export function eventLine(e: LoggedSimEvent, name: (id: string) => string): EventLine | null {
  const base = { seq: e.seq, t: e.t };
  switch (e.type) {
    case 'sim-started':
      return { ...base, text: `Scenario "${e.scenario}" started (seed ${e.seed}; ${e.hosts} host(s), ${e.vms} VM(s)${e.durationS > 0 ? `; runs ${seconds(e.durationS)}` : ''}).`, tone: 'info', targets: [] };
    case 'action':
      return { ...base, text: `Action #${e.index + 1}: ${actionText(e.action, name)}.`, tone: 'info', targets: actionTargets(e.action) };
    case 'refused':
      return { ...base, text: `Refused (${e.action}): ${e.reason}.`, tone: 'bad', targets: [e.target] };
    case 'vm-state':
      return { ...base, text: `${name(e.vm)}: ${e.from} → ${e.to} (${e.reason}).`, tone: e.to === 'stopped' ? 'warn' : e.to === 'running' ? 'good' : 'info', targets: [e.vm] };
    case 'vm-moved':
      return { ...base, text: `${name(e.vm)} moved from ${name(e.from)} to ${name(e.to)} (${e.reason}).`, tone: 'good', targets: [e.vm, e.to] };
    case 'vm-lost':
      return { ...base, text: `${name(e.vm)} is LOST: ${e.reason}`, tone: 'bad', targets: [e.vm] };
    case 'migration-queued':
      return { ...base, text: `Migration of ${name(e.vm)} to ${name(e.to)} queued: ${e.reason}.`, tone: 'warn', targets: [e.vm] };
    case 'migration-started':
      return { ...base, text: `Migration of ${name(e.vm)} from ${name(e.from)} to ${name(e.to)} started (${MODE_LABEL[e.mode]}${e.mode === 'precopy' ? `, ${POLICY_LABEL[e.policy]}` : ''}).`, tone: 'info', targets: [e.vm, e.from, e.to] };
    case 'migration-rate':
      return { ...base, text: `${e.migration} now gets ${rate(e.rateMiBs)} (links shared fairly among the transfers on them).`, tone: 'info', targets: [] };
    case 'migration-round':
      return { ...base, text: `${e.migration}: ${e.row.phase === 'live' ? `round ${e.row.round + 1}` : PHASE_LABEL[e.row.phase]} sent ${mib(e.row.sentMiB)} in ${seconds(e.row.durationS)}; ${mib(e.row.remaining / 1048576)} still dirty.`, tone: 'info', targets: [] };
    case 'migration-switchover':
      return { ...base, text: `${name(e.vm)} paused for the switchover (${PHASE_LABEL[e.phase]}).`, tone: 'warn', targets: [e.vm] };
    case 'migration-completed':
      return { ...base, text: `${name(e.vm)} now runs on ${name(e.to)}: ${seconds(e.summary.totalTimeS)} in total, ${ms(e.summary.downtimeMs)} of downtime, ${mib(e.summary.transferredMiB)} sent.`, tone: 'good', targets: [e.vm, e.to] };
    case 'migration-aborted':
      return { ...base, text: `Migration of ${name(e.vm)} aborted${e.vmLost ? ' — the VM is lost' : ''}: ${e.reason}`, tone: e.vmLost ? 'bad' : 'warn', targets: [e.vm] };
    case 'host-failed':
      return { ...base, text: `Host ${name(e.host)} FAILED${e.vms.length ? `, taking down ${e.vms.map(name).join(', ')}` : ''}.`, tone: 'bad', targets: [e.host, ...e.vms] };
    case 'host-power':
      return { ...base, text: `Host ${name(e.host)} powered ${e.on ? 'on' : 'off'} (${e.reason}).`, tone: 'info', targets: [e.host] };
    case 'link-cut':
      return { ...base, text: `${name(e.element)} was cut: ${e.links.length} migration link(s) down.`, tone: 'bad', targets: [e.element] };
    case 'workload-changed':
      return { ...base, text: `${name(e.vm)}'s workload changed (${Object.entries(e.workload).map(([k, v]) => `${k} ${Array.isArray(v) ? 'trace' : v}`).join(', ')}).`, tone: 'info', targets: [e.vm] };
    case 'ha-admission':
      return { ...base, text: `HA admission control in ${name(e.cluster)}: ${e.satisfied ? 'satisfied' : 'NOT satisfied'} — ${e.detail}.`, tone: e.satisfied ? 'good' : 'warn', targets: [e.cluster] };
    case 'ha-restart':
      return { ...base, text: `HA restarts ${name(e.vm)} (priority ${e.priority}) on ${name(e.to)}.`, tone: 'good', targets: [e.vm, e.to] };
    case 'ha-not-restarted':
      return { ...base, text: `HA does not restart ${name(e.vm)}: ${e.reason}.`, tone: 'bad', targets: [e.vm] };
    case 'sim-ended':
      return { ...base, text: `Run ended (${e.reason === 'idle' ? 'nothing left to happen' : e.reason === 'duration' ? 'scenario duration reached' : 'cancelled'}).`, tone: 'info', targets: [] };
  }
}

function actionTargets(a: ScenarioAction): string[] {
  switch (a.type) {
    case 'migrate': return [a.vm, a.to];
    case 'failHost': case 'powerHost': return [a.host];
    case 'cutLink': return [a.link];
    case 'setWorkload': case 'lifecycle': return [a.vm];
  }
}

/** The list shown under the timeline: sentences for everything but per-round rows and rate changes. */
export function eventLines(log: readonly LoggedSimEvent[], design: Design, opts: { rounds?: boolean } = {}): EventLine[] {
  const name = namer(design);
  const out: EventLine[] = [];
  for (const e of log) {
    if (!opts.rounds && (e.type === 'migration-round' || e.type === 'migration-rate')) continue;
    const line = eventLine(e, name);
    if (line) out.push(line);
  }
  return out;
}

/** How a VM fared, for the outcome table: a tone and a short verdict beside the engine's sentence. */
export function vmVerdict(v: VmOutcome, report: ScenarioReport, log: readonly LoggedSimEvent[]): { verdict: string; tone: Tone } {
  if (v.lost) return { verdict: 'Lost', tone: 'bad' };
  const restarted = log.some((e) => e.type === 'ha-restart' && e.vm === v.vm);
  const notRestarted = log.some((e) => e.type === 'ha-not-restarted' && e.vm === v.vm);
  const migrated = report.migrations.some((m) => m.vm === v.vm && m.status === 'completed');
  if (restarted) return { verdict: v.state === 'running' ? 'Restarted by HA' : `Restarting (${v.state})`, tone: 'good' };
  if (notRestarted) return { verdict: 'Down', tone: 'bad' };
  if (migrated) return { verdict: 'Migrated', tone: 'good' };
  if (v.state === 'stopped' || v.state === 'terminated') return { verdict: v.state === 'stopped' ? 'Stopped' : 'Terminated', tone: 'warn' };
  return { verdict: v.state === 'running' ? 'Running' : v.state, tone: 'info' };
}
