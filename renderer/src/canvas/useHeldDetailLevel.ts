import { useEffect, useState, type RefObject } from 'react';
import { useDetailLevel, type DetailLevel } from './detailLevel';
import { heldDetail, wheelGesture, type Timers } from './wheelZoom';

const timers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  // rAF runs before the frame's style, layout and paint; the task after it, once they are done.
  afterFrame: (fn) => void requestAnimationFrame(() => setTimeout(fn, 0)),
};

/**
 * The canvas's detail level, held during a wheel zoom over `wrapper` (wheelZoom.ts). The wheel is
 * heard in the capture phase, before React Flow zooms, so the gesture has begun when the zoom
 * that crosses a threshold reaches the render.
 */
export function useHeldDetailLevel(wrapper: RefObject<HTMLElement | null>): DetailLevel {
  const [wheeling, setWheeling] = useState(false);
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const gesture = wheelGesture(setWheeling, timers);
    const onWheel = () => gesture.wheel();
    el.addEventListener('wheel', onWheel, { capture: true, passive: true });
    return () => {
      el.removeEventListener('wheel', onWheel, { capture: true });
      gesture.dispose();
      setWheeling(false);
    };
  }, [wrapper]);
  const zoomLevel = useDetailLevel();
  const [shown, setShown] = useState(zoomLevel);
  const next = heldDetail(shown, zoomLevel, wheeling);
  // Adjusting state during render: the level shown is remembered across the gesture's renders.
  if (next !== shown) setShown(next);
  return next;
}
