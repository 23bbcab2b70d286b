import type { DetailLevel } from './detailLevel';

/**
 * Detail held during a wheel zoom. Crossing a semantic-zoom threshold upwards shows 2,000 icons,
 * subtitles and handles at once: 80–215 ms of style, layout and paint (bench/canvas.ts), paid in
 * the middle of the gesture, at each threshold. While the wheel turns, the canvas therefore keeps
 * the detail it had (or less: zooming out still drops detail at once, which only makes frames
 * cheaper) and shows the finer level once the wheel has rested SETTLE_MS. At rest the level is
 * always the one of the zoom (detailLevel.ts).
 */
export const SETTLE_MS = 250;

const RANK: Record<DetailLevel, number> = { outline: 0, compact: 1, full: 2 };

/** The level to show: the zoom's own at rest; during a wheel gesture never finer than the one shown. */
export function heldDetail(shown: DetailLevel, zoomLevel: DetailLevel, wheeling: boolean): DetailLevel {
  return wheeling && RANK[zoomLevel] > RANK[shown] ? shown : zoomLevel;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  /** Runs fn once the next frame has been drawn (its main-thread work done). */
  afterFrame(fn: () => void): void;
}

/**
 * A wheel gesture: starts at the first wheel event and ends when the wheel has rested `settleMs`.
 * Rest is counted from the end of the frame that drew the last step, not from the event: when a
 * step takes longer to draw than settleMs (a big design on a busy machine), the next notch is
 * already waiting and is handed over at the start of the next frame, so the gesture goes on. For
 * the same reason the end is confirmed a frame later. `onChange` hears true at the start and false
 * at the end, once each.
 */
export function wheelGesture(onChange: (wheeling: boolean) => void, timers: Timers, settleMs = SETTLE_MS) {
  let active = false;
  let timer: unknown = null;
  let wheels = 0;
  const stopTimer = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  const rested = () => {
    timer = null;
    const seen = wheels;
    timers.afterFrame(() => {
      if (!active || wheels !== seen) return;
      active = false;
      onChange(false);
    });
  };
  return {
    wheel(): void {
      const seen = ++wheels;
      if (!active) {
        active = true;
        onChange(true);
      }
      stopTimer();
      timers.afterFrame(() => {
        if (active && wheels === seen) timer = timers.set(rested, settleMs);
      });
    },
    /** Forgets a gesture in progress without a word (the canvas unmounts). */
    dispose(): void {
      stopTimer();
      active = false;
    },
  };
}
