import type { MigrationMode, VmState } from '../../../model';

/** What can happen to a VM: the user's life-cycle actions plus what the system does (boot ends, a host crashes...). */
export type LifecycleInput =
  | 'start' | 'suspend' | 'resume' | 'snapshot' | 'stop' | 'terminate'
  | 'provisioned' | 'booted' | 'snapshotDone' | 'migrateStart' | 'migrateEnd' | 'crash' | 'restart';

export type Transition = { ok: true; to: VmState } | { ok: false; reason: string };

/**
 * How long life-cycle steps take, simulated seconds. Suspend/resume/stop/terminate take effect at
 * once (the saved state is small next to the times that matter here); provisioning, booting and
 * snapshots take time and are states of their own (DOMAIN.md §3).
 */
export const LIFECYCLE_TIMING = {
  provisionS: 60,
  bootS: 30,
  /** A snapshot writes the memory image: a fixed cost plus RAM at this rate. */
  snapshotBaseS: 2,
  snapshotMiBs: 1000,
  /** HA notices a dead host after missed heartbeats (vSphere HA: about 15 s). */
  haDetectionS: 15,
  /** A host switched on is ready after its firmware and hypervisor boot. */
  hostBootS: 120,
} as const;

const LIVE_MODES: readonly MigrationMode[] = ['precopy', 'postcopy', 'hybrid'];

const ok = (to: VmState): Transition => ({ ok: true, to });
const no = (reason: string): Transition => ({ ok: false, reason });

/**
 * The VM life cycle as a state machine: the state an input leads to, or why it is refused.
 * `returnTo` is where a snapshot or a migration comes back to (the state before it began).
 */
export function lifecycleTransition(state: VmState, input: LifecycleInput, returnTo: VmState = 'running'): Transition {
  if (state === 'terminated') return no('it has been terminated: its resources are released and nothing can bring it back');
  if (input === 'crash') return state === 'stopped' ? no('it is already stopped') : ok('stopped');
  switch (state) {
    case 'provisioning':
      return input === 'provisioned' ? ok('booting') : no('it is still being provisioned from its template; wait until it has booted');
    case 'booting':
      return input === 'booted' ? ok('running') : no('it is still booting; wait until it runs');
    case 'running':
      switch (input) {
        case 'suspend': return ok('suspended');
        case 'snapshot': return ok('snapshotting');
        case 'stop': return ok('stopped');
        case 'terminate': return ok('terminated');
        case 'migrateStart': return ok('migrating');
        case 'start': case 'resume': return no('it is already running');
        default: return no(`"${input}" does not apply to a running VM`);
      }
    case 'suspended':
      switch (input) {
        case 'resume': return ok('running');
        case 'snapshot': return ok('snapshotting');
        case 'stop': return ok('stopped');
        case 'terminate': return ok('terminated');
        case 'migrateStart': return ok('migrating');
        case 'start': return no('it is suspended: resume it instead of starting it');
        case 'suspend': return no('it is already suspended');
        default: return no(`"${input}" does not apply to a suspended VM`);
      }
    case 'stopped':
      switch (input) {
        case 'start': case 'restart': return ok('booting');
        case 'snapshot': return ok('snapshotting');
        case 'terminate': return ok('terminated');
        case 'migrateStart': return ok('migrating');
        case 'stop': return no('it is already stopped');
        case 'suspend': case 'resume': return no(`it is stopped: there is no running state to ${input}`);
        default: return no(`"${input}" does not apply to a stopped VM`);
      }
    case 'migrating':
      return input === 'migrateEnd' ? ok(returnTo) : no('it is migrating; wait until the migration has finished or been aborted');
    case 'snapshotting':
      return input === 'snapshotDone' ? ok(returnTo) : no('a snapshot is being taken; wait until it is done');
  }
}

/** Whether a VM in this state may be migrated in this mode; the reason when not. */
export function canMigrate(state: VmState, mode: MigrationMode): { ok: true } | { ok: false; reason: string } {
  const live = LIVE_MODES.includes(mode);
  if (live && state === 'suspended') return { ok: false, reason: 'cannot live-migrate a suspended VM: there is no running memory to copy while it runs; resume it first or use a cold migration' };
  if (live && state === 'stopped') return { ok: false, reason: 'cannot live-migrate a stopped VM: use a cold migration' };
  if (live && state !== 'running') return { ok: false, reason: `cannot live-migrate a VM that is ${state}: it must be running` };
  if (!live && !['running', 'stopped', 'suspended'].includes(state)) return { ok: false, reason: `cannot cold-migrate a VM that is ${state}` };
  const t = lifecycleTransition(state, 'migrateStart');
  return t.ok ? { ok: true } : { ok: false, reason: `cannot migrate it: ${t.reason}` };
}
