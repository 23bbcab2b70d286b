import { describe, expect, it } from 'vitest';
import { canMigrate, lifecycleTransition } from '../../../shared/engine/sim/lifecycle/vmLifecycle';
import type { VmState } from '../../../shared/model';

describe('VM life cycle state machine (DOMAIN.md §3)', () => {
  it('follows creation -> booting -> running -> suspended -> running -> stopped -> terminated', () => {
    let s: VmState = 'provisioning';
    for (const [input, to] of [
      ['provisioned', 'booting'], ['booted', 'running'], ['suspend', 'suspended'], ['resume', 'running'],
      ['snapshot', 'snapshotting'], ['snapshotDone', 'running'], ['migrateStart', 'migrating'], ['migrateEnd', 'running'],
      ['stop', 'stopped'], ['start', 'booting'], ['booted', 'running'], ['terminate', 'terminated'],
    ] as const) {
      const t = lifecycleTransition(s, input);
      expect(t).toEqual({ ok: true, to });
      s = to;
    }
  });

  it('returns from a snapshot or migration to the state it began in', () => {
    expect(lifecycleTransition('snapshotting', 'snapshotDone', 'suspended')).toEqual({ ok: true, to: 'suspended' });
    expect(lifecycleTransition('migrating', 'migrateEnd', 'stopped')).toEqual({ ok: true, to: 'stopped' });
  });

  it('refuses illegal transitions with the reason', () => {
    expect(lifecycleTransition('terminated', 'start')).toEqual({ ok: false, reason: expect.stringMatching(/terminated/) });
    expect(lifecycleTransition('suspended', 'start')).toEqual({ ok: false, reason: expect.stringMatching(/resume it instead/) });
    expect(lifecycleTransition('stopped', 'suspend')).toEqual({ ok: false, reason: expect.stringMatching(/no running state/) });
    expect(lifecycleTransition('migrating', 'snapshot')).toEqual({ ok: false, reason: expect.stringMatching(/migrating/) });
    expect(lifecycleTransition('running', 'start')).toEqual({ ok: false, reason: 'it is already running' });
    expect(lifecycleTransition('booting', 'suspend').ok).toBe(false);
  });

  it('a crash stops any VM that is not stopped already', () => {
    for (const s of ['booting', 'running', 'migrating', 'snapshotting', 'suspended'] as const) expect(lifecycleTransition(s, 'crash')).toEqual({ ok: true, to: 'stopped' });
    expect(lifecycleTransition('stopped', 'crash').ok).toBe(false);
  });

  it('live migration needs a running VM; cold migration also takes stopped or suspended ones', () => {
    expect(canMigrate('running', 'precopy')).toEqual({ ok: true });
    expect(canMigrate('suspended', 'precopy')).toEqual({ ok: false, reason: expect.stringMatching(/^cannot live-migrate a suspended VM/) });
    expect(canMigrate('stopped', 'postcopy')).toEqual({ ok: false, reason: expect.stringMatching(/cold migration/) });
    expect(canMigrate('suspended', 'cold')).toEqual({ ok: true });
    expect(canMigrate('stopped', 'cold')).toEqual({ ok: true });
    expect(canMigrate('booting', 'cold').ok).toBe(false);
    expect(canMigrate('terminated', 'cold').ok).toBe(false);
  });
});
