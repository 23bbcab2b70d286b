/**
 * Plays a finished event log back at any speed, for the UI: no timers here — the caller feeds
 * elapsed wall time (e.g. from requestAnimationFrame) and gets the events that became due.
 * Seek jumps anywhere; pair it with a replay reducer to rebuild the state at that time.
 */
export class LogPlayer<E extends { t: number }> {
  private cursor = 0;
  private time = 0;
  private rate = 1;
  private running = false;

  constructor(private readonly log: readonly E[]) {}

  /** Simulated time the playhead is at. */
  get position(): number {
    return this.time;
  }

  /** Simulated seconds per wall-clock second. */
  get speed(): number {
    return this.rate;
  }

  get playing(): boolean {
    return this.running;
  }

  /** Simulated time of the last event (the end of the timeline). */
  get end(): number {
    return this.log.length > 0 ? this.log[this.log.length - 1]!.t : 0;
  }

  /** Starts (or resumes) playback. */
  play(): void {
    this.running = true;
  }

  /** Pauses playback where it is. */
  pause(): void {
    this.running = false;
  }

  /** Sets playback speed (simulated seconds per wall second, > 0). */
  setSpeed(speed: number): void {
    if (!(speed > 0) || !Number.isFinite(speed)) throw new Error(`Playback speed must be a positive number, got ${speed}.`);
    this.rate = speed;
  }

  /** Advances by `wallMs` of real time at the current speed; returns the events passed. */
  advance(wallMs: number): E[] {
    if (!this.running) return [];
    return this.moveTo(this.time + (wallMs / 1000) * this.rate);
  }

  /** Jumps to the next event and returns it (single-stepping). */
  step(): E | undefined {
    const e = this.log[this.cursor];
    if (!e) return undefined;
    this.time = e.t;
    this.cursor++;
    return e;
  }

  /** Moves the playhead to `t`; returns all events at or before `t` (what a replay needs). */
  seek(t: number): readonly E[] {
    this.time = Math.max(0, t);
    this.cursor = upperBound(this.log, this.time);
    return this.log.slice(0, this.cursor);
  }

  private moveTo(t: number): E[] {
    const end = upperBound(this.log, t);
    const passed = this.log.slice(this.cursor, end);
    this.cursor = end;
    this.time = t;
    if (this.cursor >= this.log.length && t >= this.end) this.running = false;
    return passed;
  }
}

/** Index of the first event later than t (events are in time order). */
function upperBound<E extends { t: number }>(log: readonly E[], t: number): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
