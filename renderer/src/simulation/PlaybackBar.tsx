import { useEffect, type KeyboardEvent } from 'react';
import { clock } from './format';
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from './icons';
import { SPEEDS, speedMeaning } from './playback';
import { useSim } from './simStore';

/** Drives playback with requestAnimationFrame while playing (wall time in, simulated time out). */
export function usePlaybackLoop(): void {
  const playing = useSim((s) => s.playback?.playing ?? false);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let raf = 0;
    const frame = (now: number) => {
      // A background tab or a long pause must not jump the playhead far ahead.
      useSim.getState().tick(Math.min(now - last, 100));
      last = now;
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [playing]);
}

/** Play / pause / step / speed / seek over simulated time. Keys: Space, ← →, [ ], Home, End. */
export function PlaybackBar({ label }: { label: string }) {
  const p = useSim((s) => s.playback);
  const sim = useSim.getState();
  if (!p) return null;
  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLSelectElement) return;
    const range = e.target instanceof HTMLInputElement && e.target.type === 'range';
    let handled = true;
    if (e.key === ' ' && !(e.target instanceof HTMLButtonElement)) sim.togglePlay();
    else if (e.key === 'ArrowRight' && !range) sim.stepForward();
    else if (e.key === 'ArrowLeft' && !range) sim.stepBack();
    else if (e.key === ']') sim.stepSpeed(1);
    else if (e.key === '[') sim.stepSpeed(-1);
    else if (e.key === 'Home' && !range) sim.seek(0);
    else if (e.key === 'End' && !range) sim.seek(p.end);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  const step = p.end > 0 ? Math.max(p.end / 1000, 1e-4) : 1;
  return (
    <div className="vl-sim-playback" role="group" aria-label={`Playback of ${label}`} onKeyDown={onKey} data-testid="playback">
      <button type="button" className="vl-button vl-sim-icon" onClick={() => sim.stepBack()} aria-label="Step back" title="Back to the previous event (←)" data-testid="step-back"><StepBackIcon /></button>
      <button type="button" className="vl-button vl-sim-icon vl-sim-play" onClick={() => sim.togglePlay()} aria-label={p.playing ? 'Pause' : 'Play'} title={`${p.playing ? 'Pause' : 'Play'} (Space)`} data-testid="play-toggle">
        {p.playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <button type="button" className="vl-button vl-sim-icon" onClick={() => sim.stepForward()} aria-label="Step forward" title="On to the next event: round start or end, switchover… (→)" data-testid="step-forward"><StepForwardIcon /></button>
      <input
        type="range"
        className="vl-sim-seek"
        min={0}
        max={p.end}
        step={step}
        value={p.position}
        onChange={(e) => {
          // The slider snaps to its step, which may fall just short of the end: the last step is the end.
          const v = Number(e.target.value);
          sim.seek(v > p.end - step * 1.5 ? p.end : v);
        }}
        aria-label="Simulated time"
        aria-valuetext={`${clock(p.position)} of ${clock(p.end)}`}
        data-testid="seek"
      />
      <output className="vl-sim-clock" aria-label="Playhead" data-testid="playhead">{clock(p.position)} / {clock(p.end)}</output>
      <label className="vl-sim-speed" title={`${speedMeaning(p)}. Keys [ and ] change it.`}>
        <span className="vl-sr">Playback speed</span>
        <select className="vl-input" value={p.speed} onChange={(e) => sim.setSpeed(Number(e.target.value))} aria-label="Playback speed">
          {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </label>
    </div>
  );
}
