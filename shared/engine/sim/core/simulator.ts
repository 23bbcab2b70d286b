import { SimClock } from './clock';
import { EventQueue } from './eventQueue';
import { createRandom, type Random } from './random';

/** A scheduled piece of work; cancel it before it runs and it never will. */
export interface TaskHandle {
  readonly time: number;
  cancel(): void;
  readonly cancelled: boolean;
}

interface Task {
  run: () => void;
  cancelled: boolean;
}

/** Priorities for work at the same instant: lower runs first. */
export const PRIORITY = { normal: 0, late: 10 } as const;

/** Every logged event carries its order and its simulated time (seconds). */
export type Logged<E> = E & { seq: number; t: number };

/**
 * The discrete-event core: an injected clock, a seeded random source, a queue of timed tasks and
 * the log of what happened. Nothing here reads the wall clock or Math.random, so the same inputs
 * and seed always give the same log.
 */
export class Simulator<E extends { type: string }> {
  readonly clock = new SimClock();
  readonly random: Random;
  readonly log: Logged<E>[] = [];
  private readonly queue = new EventQueue<Task>();
  private processed = 0;

  constructor(seed: number) {
    this.random = createRandom(seed);
  }

  /** Current simulated time, seconds. */
  now(): number {
    return this.clock.now();
  }

  /** Number of tasks run so far (cancelled ones are not counted). */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Schedules `run` at absolute time `at` (never before now). */
  schedule(at: number, run: () => void, priority: number = PRIORITY.normal): TaskHandle {
    const time = Math.max(at, this.now());
    const task: Task = { run, cancelled: false };
    this.queue.push(time, task, priority);
    return {
      time,
      cancel: () => {
        task.cancelled = true;
      },
      get cancelled() {
        return task.cancelled;
      },
    };
  }

  /** Schedules `run` after `delay` seconds. */
  after(delay: number, run: () => void, priority: number = PRIORITY.normal): TaskHandle {
    return this.schedule(this.now() + Math.max(0, delay), run, priority);
  }

  /** Appends an event to the log, stamped with the current time. */
  emit(event: E): Logged<E> {
    const logged = { ...event, seq: this.log.length, t: this.now() } as Logged<E>;
    this.log.push(logged);
    return logged;
  }

  /** Time of the next live task, or undefined when nothing is left to do. */
  nextTime(): number | undefined {
    this.dropCancelled();
    return this.queue.peek()?.time;
  }

  /** Runs the next task; false when the queue is empty. */
  step(): boolean {
    this.dropCancelled();
    const entry = this.queue.pop();
    if (!entry) return false;
    this.clock.advanceTo(entry.time);
    this.processed++;
    entry.value.run();
    return true;
  }

  /** Runs tasks due at or before `t`, at most `maxSteps` of them; returns how many ran. */
  runUntil(t: number, maxSteps = Infinity): number {
    let n = 0;
    while (n < maxSteps) {
      const next = this.nextTime();
      if (next === undefined || next > t) break;
      this.step();
      n++;
    }
    if (n < maxSteps && this.now() < t && Number.isFinite(t)) this.clock.advanceTo(t);
    return n;
  }

  private dropCancelled(): void {
    while (this.queue.peek()?.value.cancelled) this.queue.pop();
  }
}
