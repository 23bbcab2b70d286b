/**
 * Playback of a finished run over simulated time: a plain value the store holds and the animation
 * loop advances with wall-clock milliseconds. No timers here, so it is deterministic and testable.
 */
export interface Playback {
  /** Simulated seconds at the playhead. */
  position: number;
  playing: boolean;
  /** Multiplier chosen by the user (0.5×–8×). */
  speed: number;
  /** Simulated time of the last event. */
  end: number;
  /** Simulated seconds per wall second at 1×. */
  base: number;
}

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

/** At 1× a run plays in real time when it lasts up to this; a longer one is squeezed into it. */
export const REAL_TIME_LIMIT_S = 20;

/** Simulated seconds per wall second at 1×: real time for short runs, the whole run in 20 s otherwise. */
export const baseRate = (end: number): number => (end > REAL_TIME_LIMIT_S ? end / REAL_TIME_LIMIT_S : 1);

export function createPlayback(end: number): Playback {
  return { position: 0, playing: false, speed: 1, end: Math.max(0, end), base: baseRate(end) };
}

/** Advances by `wallMs` of real time; stops at the end. */
export function tick(p: Playback, wallMs: number): Playback {
  if (!p.playing) return p;
  const position = Math.min(p.end, p.position + (wallMs / 1000) * p.base * p.speed);
  return { ...p, position, playing: position < p.end };
}

/** Plays from where it is, or from the start once at the end. */
export const play = (p: Playback): Playback => ({ ...p, playing: p.end > 0, position: p.position >= p.end ? 0 : p.position });

export const pause = (p: Playback): Playback => ({ ...p, playing: false });

export const seek = (p: Playback, t: number): Playback => ({ ...p, position: Math.min(p.end, Math.max(0, t)) });

export function setSpeed(p: Playback, speed: number): Playback {
  if (!(speed > 0) || !Number.isFinite(speed)) return p;
  return { ...p, speed };
}

/** The next speed up or down the ladder (keyboard: ] and [). */
export function stepSpeed(p: Playback, dir: 1 | -1): Playback {
  const i = SPEEDS.findIndex((s) => s >= p.speed);
  const at = i < 0 ? SPEEDS.length - 1 : i;
  const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, at + dir))]!;
  return setSpeed(p, next);
}

/** "1× = real time" or "1× = 45 simulated s per s": what the speed means for this run. */
export function speedMeaning(p: Playback): string {
  if (p.base === 1) return '1× plays in real time';
  return `1× plays ${Number(p.base.toPrecision(3))} simulated seconds per second (the whole run in ${REAL_TIME_LIMIT_S} s)`;
}
