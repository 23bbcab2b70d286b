import { describe, expect, it } from 'vitest';
import { heldDetail, wheelGesture, type Timers } from '../../../renderer/src/canvas/wheelZoom';

/** Hand-driven clock and frames: tick(ms) runs due timers, frame() draws a frame (runs afterFrame work). */
function fakeTimers() {
  let now = 0;
  let nextId = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  let frameQueue: (() => void)[] = [];
  const timers: Timers = {
    set: (fn, ms) => { due.set(++nextId, { at: now + ms, fn }); return nextId; },
    clear: (h) => { due.delete(h as number); },
    afterFrame: (fn) => { frameQueue.push(fn); },
  };
  return {
    timers,
    tick(ms: number) {
      now += ms;
      for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        due.delete(id);
        t.fn();
      }
    },
    frame() {
      const q = frameQueue;
      frameQueue = [];
      for (const fn of q) fn();
    },
  };
}

describe('detail held during a wheel zoom', () => {
  it('shows the zoom\'s own level at rest', () => {
    expect(heldDetail('outline', 'full', false)).toBe('full');
    expect(heldDetail('full', 'compact', false)).toBe('compact');
  });

  it('never shows more detail while the wheel turns, but drops detail at once', () => {
    expect(heldDetail('outline', 'compact', true)).toBe('outline');
    expect(heldDetail('outline', 'full', true)).toBe('outline');
    expect(heldDetail('compact', 'full', true)).toBe('compact');
    expect(heldDetail('full', 'compact', true)).toBe('compact');
    expect(heldDetail('compact', 'outline', true)).toBe('outline');
    expect(heldDetail('full', 'full', true)).toBe('full');
  });
});

describe('wheel gesture', () => {
  it('starts at the first wheel event and ends once the wheel has rested after the last frame', () => {
    const t = fakeTimers();
    const heard: boolean[] = [];
    const g = wheelGesture((w) => heard.push(w), t.timers, 250);
    g.wheel();
    expect(heard).toEqual([true]);
    t.frame(); // the step is drawn: rest is counted from here
    t.tick(100);
    g.wheel();
    t.frame();
    t.tick(200);
    expect(heard).toEqual([true]);
    t.tick(60); // 260 ms after the second step was drawn
    expect(heard).toEqual([true]); // a frame must still pass without a wheel event
    t.frame();
    expect(heard).toEqual([true, false]);
    t.tick(1000);
    t.frame();
    expect(heard).toEqual([true, false]);
  });

  it('goes on when a step takes longer to draw than the rest, and the next notch waits for the frame', () => {
    const t = fakeTimers();
    const heard: boolean[] = [];
    const g = wheelGesture((w) => heard.push(w), t.timers, 250);
    g.wheel();
    t.tick(400); // the frame of this step takes 400 ms of main-thread work
    t.frame();
    t.tick(30);
    g.wheel(); // handed over at the start of the next frame
    t.frame();
    t.tick(200);
    expect(heard).toEqual([true]);
  });

  it('is not ended by a timer that fell due while the next wheel event waited for the frame', () => {
    const t = fakeTimers();
    const heard: boolean[] = [];
    const g = wheelGesture((w) => heard.push(w), t.timers, 250);
    g.wheel();
    t.frame();
    t.tick(260); // rested: the end is to be confirmed at the next frame…
    g.wheel(); // …at whose start the next notch arrives
    t.frame();
    expect(heard).toEqual([true]);
    t.tick(260);
    t.frame();
    expect(heard).toEqual([true, false]);
  });

  it('starts a new gesture after one has ended, and dispose forgets one in progress', () => {
    const t = fakeTimers();
    const heard: boolean[] = [];
    const g = wheelGesture((w) => heard.push(w), t.timers, 250);
    g.wheel(); t.frame(); t.tick(300); t.frame();
    g.wheel(); t.frame();
    expect(heard).toEqual([true, false, true]);
    g.dispose();
    t.tick(1000); t.frame();
    expect(heard).toEqual([true, false, true]);
  });
});
