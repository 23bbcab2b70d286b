import { describe, expect, it } from 'vitest';
import { simulateMigration } from '../../../shared/engine/sim/migration/simulateMigration';
import { mbpsToMibs } from '../../../shared/engine/sim/migration/telemetry';
import { migrationFrame, migrationTracks, Timeline } from '../../../renderer/src/simulation/timeline';
import { run, scenario, twoHosts } from './fixtures';

const R = mbpsToMibs(1000);

describe('migration tracks from a run log', () => {
  it('collects every row of the migration with the engine summary, matching the standalone model', () => {
    const { b, c, vms } = twoHosts();
    const { log } = run(b.build(), scenario([{ at: 2, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'threshold' }]));
    const [track] = migrationTracks(log);
    const alone = simulateMigration({ memoryMiB: 1024, dirtyRateMiBs: 20, wwsMiB: 1024, bandwidthMiBs: R, policy: 'threshold' });
    if (!alone.ok) throw new Error(alone.error.message);
    expect(track!.status).toBe('completed');
    expect(track!.startedAt).toBe(2);
    expect(track!.rows.map((r) => r.row.sentMiB)).toEqual(alone.value.perRound.map((r) => expect.closeTo(r.sentMiB, 6)));
    expect(track!.summary!.rounds).toBe(alone.value.rounds);
    expect(track!.memoryMiB).toBe(1024);
    // Row end times are the run's clock: start + cumulative durations.
    let t = 2;
    for (const r of track!.rows) {
      t += r.row.durationS;
      expect(r.endT).toBeCloseTo(t, 6);
    }
  });
});

describe('migration frames', () => {
  const { b, c, vms } = twoHosts();
  const design = b.build();
  const { log } = run(design, scenario([{ at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'threshold' }]));
  const track = migrationTracks(log)[0]!;
  const first = track.rows[0]!;

  it('half-way through round 1: half the memory copied, round 1 in flight, guest running on the source', () => {
    const f = migrationFrame(track, first.endT / 2)!;
    expect(f.label).toBe('Round 1');
    expect(f.round).toBe(1);
    expect(f.rowFraction).toBeCloseTo(0.5, 9);
    expect(f.sentMiB).toBeCloseTo(512, 6);
    expect(f.copied).toBeCloseTo(0.5, 6);
    expect(f.paused).toBe(false);
    expect(f.onDestination).toBe(false);
  });

  it('in the stop-and-copy the guest is paused; when done it runs on the destination with all memory', () => {
    const sc = track.rows.find((r) => r.row.phase === 'stop-and-copy')!;
    const mid = migrationFrame(track, sc.endT - sc.row.durationS / 2)!;
    expect(mid.label).toBe('Stop-and-copy');
    expect(mid.paused).toBe(true);
    const end = migrationFrame(track, track.endedAt!)!;
    expect(end.status).toBe('completed');
    expect(end.copied).toBe(1);
    expect(end.onDestination).toBe(true);
    expect(end.sentMiB).toBeCloseTo(track.summary!.transferredMiB, 6);
  });

  it('is null before the migration is asked for', () => {
    const { log: later } = run(design, scenario([{ at: 5, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'threshold' }]));
    expect(migrationFrame(migrationTracks(later)[0]!, 4.9)).toBeNull();
  });

  it('shows a queued migration waiting for a slot, then running', () => {
    // Below 10 Gbit/s a host runs at most 4 migrations at once: the 5th waits for a slot.
    const five = twoHosts(5);
    const { log: q5 } = run(five.b.build(), scenario(five.vms.map((vm) => ({ at: 0, type: 'migrate' as const, vm, to: five.c.host, mode: 'precopy' as const, policy: 'threshold' as const }))));
    const queued = migrationTracks(q5).find((m) => m.queuedAt !== null && m.startedAt! > m.queuedAt)!;
    expect(migrationFrame(queued, 0.001)!.status).toBe('queued');
    expect(migrationFrame(queued, queued.startedAt! + 1e-6)!.status).toBe('running');
  });
});

describe('Timeline playback over a log', () => {
  const { b, a, c, vms } = twoHosts();
  const design = b.build();
  const { log } = run(design, scenario([{ at: 0, type: 'migrate', vm: vms[0]!, to: c.host, mode: 'precopy', policy: 'threshold' }]));
  const tl = new Timeline(design, log);

  it('replays state: the VM is on the source before the end and on the destination after', () => {
    expect(tl.stateAt(0).vms[vms[0]!]!.host).toBe(a.host);
    expect(tl.stateAt(tl.end / 2).vms[vms[0]!]!.state).toBe('migrating');
    expect(tl.stateAt(tl.end).vms[vms[0]!]!.host).toBe(c.host);
  });

  it('seeking backwards gives the same state as playing forwards (deterministic replay)', () => {
    const forward = [0.5, 3, 9, tl.end].map((t) => tl.stateAt(t));
    const backward = [tl.end, 9, 3, 0.5].map((t) => tl.stateAt(t)).reverse();
    expect(backward).toEqual(forward);
  });

  it('steps through each round start and end, and back', () => {
    const rows = tl.tracks[0]!.rows;
    let t = 0;
    const visited: number[] = [];
    for (let i = 0; i < 50 && t < tl.end; i++) {
      t = tl.next(t);
      visited.push(t);
    }
    for (const r of rows) expect(visited).toContainEqual(expect.closeTo(r.endT, 9));
    expect(visited[visited.length - 1]).toBe(tl.end);
    expect(tl.prev(rows[1]!.endT)).toBeCloseTo(rows[0]!.endT, 9);
    expect(tl.prev(0)).toBe(0);
  });
});
