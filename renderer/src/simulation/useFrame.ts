import { useMemo } from 'react';
import { useSim } from './simStore';
import type { Frame, Timeline } from './timeline';

/** The timeline being played on the canvas, and its design. */
export function useActiveTimeline(): Timeline | null {
  return useSim((s) => (s.playing ? s[s.playing].timeline : null));
}

/** The frame at the playhead (null when nothing is being played). */
export function useFrame(): Frame | null {
  const tl = useActiveTimeline();
  const position = useSim((s) => s.playback?.position ?? null);
  return useMemo(() => (tl && position !== null ? tl.frame(position) : null), [tl, position]);
}
