/** Simulated time in seconds. Injected so nothing in a run ever reads the wall clock. */
export interface Clock {
  now(): number;
}

/** A clock that only moves when the simulator advances it, and never backwards. */
export class SimClock implements Clock {
  private t: number;

  constructor(start = 0) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  /** Moves time forward to `t`; refuses to go back (the queue guarantees order). */
  advanceTo(t: number): void {
    if (t < this.t) throw new Error(`The simulated clock cannot go back from ${this.t} s to ${t} s.`);
    this.t = t;
  }
}
