import type { Design, NodeId, VmState } from '../../../model';
import type { MigrationPhase } from '../migration/telemetry';
import type { LoggedSimEvent } from './simEvents';
import { buildWorld } from './world';

/** What the canvas shows at one instant of a run: rebuilt from the design and the log alone. */
export interface SimSnapshot {
  t: number;
  vms: Record<NodeId, { host: NodeId | null; state: VmState; lost: boolean }>;
  hosts: Record<NodeId, { on: boolean; failed: boolean }>;
  linksDown: string[];
  migrations: Record<string, { vm: NodeId; from: NodeId; to: NodeId; status: 'queued' | 'running' | 'completed' | 'aborted' | 'lost'; rateMiBs: number; phase: MigrationPhase | null; transferredBytes: number }>;
}

/** The state before any event: the design as drawn. */
export function initialSnapshot(design: Design): SimSnapshot {
  const w = buildWorld(design);
  const s: SimSnapshot = { t: 0, vms: {}, hosts: {}, linksDown: [], migrations: {} };
  for (const v of w.vms.values()) s.vms[v.id] = { host: v.host, state: v.state, lost: false };
  for (const h of w.hosts.values()) s.hosts[h.id] = { on: h.on, failed: false };
  return s;
}

/** Applies one logged event to a snapshot (in place). */
export function applyEvent(s: SimSnapshot, e: LoggedSimEvent): void {
  s.t = e.t;
  switch (e.type) {
    case 'vm-state':
      if (s.vms[e.vm]) s.vms[e.vm]!.state = e.to;
      return;
    case 'vm-moved':
      if (s.vms[e.vm]) s.vms[e.vm]!.host = e.to;
      return;
    case 'vm-lost':
      if (s.vms[e.vm]) Object.assign(s.vms[e.vm]!, { host: null, lost: true });
      return;
    case 'host-failed':
      if (s.hosts[e.host]) Object.assign(s.hosts[e.host]!, { on: false, failed: true });
      return;
    case 'host-power':
      if (s.hosts[e.host]) Object.assign(s.hosts[e.host]!, e.on ? { on: true, failed: false } : { on: false });
      return;
    case 'link-cut':
      s.linksDown.push(...e.links);
      return;
    case 'migration-queued':
      s.migrations[e.migration] = { vm: e.vm, from: e.from, to: e.to, status: 'queued', rateMiBs: 0, phase: null, transferredBytes: 0 };
      return;
    case 'migration-started':
      s.migrations[e.migration] = { vm: e.vm, from: e.from, to: e.to, status: 'running', rateMiBs: 0, phase: 'live', transferredBytes: 0 };
      return;
    case 'migration-rate':
      if (s.migrations[e.migration]) s.migrations[e.migration]!.rateMiBs = e.rateMiBs;
      return;
    case 'migration-round':
      if (s.migrations[e.migration]) s.migrations[e.migration]!.transferredBytes = e.row.transferred;
      return;
    case 'migration-switchover':
      if (s.migrations[e.migration]) s.migrations[e.migration]!.phase = e.phase;
      return;
    case 'migration-completed':
      if (s.migrations[e.migration]) Object.assign(s.migrations[e.migration]!, { status: 'completed', rateMiBs: 0, phase: null });
      return;
    case 'migration-aborted':
      if (s.migrations[e.migration]) Object.assign(s.migrations[e.migration]!, { status: e.vmLost ? 'lost' : 'aborted', rateMiBs: 0, phase: null });
      return;
    default:
      return;
  }
}

/** Seek: the snapshot at simulated time `t`, by replaying the log from the start. */
export function stateAt(design: Design, log: readonly LoggedSimEvent[], t: number): SimSnapshot {
  const s = initialSnapshot(design);
  for (const e of log) {
    if (e.t > t) break;
    applyEvent(s, e);
  }
  s.t = t;
  return s;
}
