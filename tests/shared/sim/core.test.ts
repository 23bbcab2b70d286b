import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../shared/engine/sim/core/eventQueue';
import { LogPlayer } from '../../../shared/engine/sim/core/player';
import { createRandom } from '../../../shared/engine/sim/core/random';
import { PRIORITY, Simulator } from '../../../shared/engine/sim/core/simulator';

describe('seeded random', () => {
  it('replays the same sequence for a seed and differs across seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(createRandom(43).next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = createRandom(7);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) counts[r.int(10)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(900);
  });
});

describe('event queue and simulator', () => {
  it('orders by time, then priority, then insertion (stable ties)', () => {
    const q = new EventQueue<string>();
    q.push(2, 'late');
    q.push(1, 'b');
    q.push(1, 'after-all', 10);
    q.push(1, 'c');
    q.push(0, 'a');
    expect(Array.from({ length: 5 }, () => q.pop()!.value)).toEqual(['a', 'b', 'c', 'after-all', 'late']);
    expect(q.pop()).toBeUndefined();
  });

  it('runs tasks in time order, skips cancelled ones, and logs events with their time', () => {
    const sim = new Simulator<{ type: string }>(1);
    const seen: string[] = [];
    sim.schedule(5, () => sim.emit({ type: 'five' }));
    const gone = sim.schedule(3, () => seen.push('cancelled'));
    sim.schedule(1, () => {
      seen.push('one');
      sim.after(1, () => seen.push('two'));
    });
    sim.schedule(1, () => seen.push('one-late'), PRIORITY.late);
    gone.cancel();
    expect(sim.runUntil(4)).toBe(3);
    expect(sim.now()).toBe(4);
    expect(seen).toEqual(['one', 'one-late', 'two']);
    expect(sim.step()).toBe(true);
    expect(sim.log).toEqual([{ type: 'five', seq: 0, t: 5 }]);
    expect(sim.step()).toBe(false);
    expect(sim.eventsProcessed).toBe(4);
  });

  it('never schedules in the past and the clock never goes back', () => {
    const sim = new Simulator<{ type: string }>(1);
    sim.runUntil(10);
    expect(sim.schedule(3, () => {}).time).toBe(10);
    expect(() => sim.clock.advanceTo(5)).toThrow(/cannot go back/);
  });
});

describe('log player', () => {
  const log = [0, 1, 2, 5, 10].map((t, seq) => ({ t, seq }));

  it('plays at any speed: wall time x speed = simulated time', () => {
    const p = new LogPlayer(log);
    expect(p.advance(1000)).toEqual([]);
    p.play();
    expect(p.advance(1000).map((e) => e.t)).toEqual([0, 1]);
    p.setSpeed(4);
    expect(p.advance(1000).map((e) => e.t)).toEqual([2, 5]);
    expect(p.position).toBe(5);
    p.pause();
    expect(p.advance(10_000)).toEqual([]);
    p.play();
    expect(p.advance(10_000).map((e) => e.t)).toEqual([10]);
    expect(p.playing).toBe(false);
    expect(() => p.setSpeed(0)).toThrow(/positive/);
  });

  it('seeks anywhere and steps event by event', () => {
    const p = new LogPlayer(log);
    expect(p.seek(4).map((e) => e.t)).toEqual([0, 1, 2]);
    expect(p.step()).toEqual({ t: 5, seq: 3 });
    expect(p.position).toBe(5);
    expect(p.seek(0).map((e) => e.t)).toEqual([0]);
    expect(p.end).toBe(10);
  });
});
