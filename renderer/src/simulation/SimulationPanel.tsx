import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useDesign } from '../store/designStore';
import { ConsolidationTab } from './ConsolidationTab';
import { CloseIcon, DockBottomIcon, DockRightIcon } from './icons';
import { MigrationLab } from './MigrationLab';
import { ScenarioTab } from './ScenarioTab';
import { usePlaybackLoop } from './PlaybackBar';
import { SimOverlay } from './SimOverlay';
import { useSim, type SimTab } from './simStore';
import { useSimTransport } from './useSimTransport';
import './simulation.css';

const TABS: { id: SimTab; label: string; title: string }[] = [
  { id: 'migration', label: 'Migration lab', title: 'Simulate one live or cold migration and replay it round by round (F5 in the panel runs it)' },
  { id: 'scenario', label: 'Scenario', title: 'Play timed actions (fail a host, cut a link, migrate) with HA, and see every VM\'s fate' },
  { id: 'consolidation', label: 'Consolidation', title: 'Pack VMs onto fewer hosts (FFD/BFD), order the migrations, switch hosts off' },
];

/**
 * The Simulation panel: a drawer docked at the bottom of the canvas (or its right side) with the
 * Migration lab, Scenario and Consolidation tabs, plus the animation it plays over the canvas.
 */
export function SimulationPanel() {
  const open = useSim((s) => s.open);
  const dock = useSim((s) => s.dock);
  const tab = useSim((s) => s.tab);
  const height = useSim((s) => s.height);
  const setupHidden = useSim((s) => s.setupHidden);
  const client = useDesign((s) => s.client);
  const ref = useRef<HTMLElement>(null);
  const focusSeq = useSim((s) => s.focusSeq);
  useSimTransport(client);
  usePlaybackLoop();

  // Opening (menu, F5, toolbar) moves focus into the panel so the keyboard follows.
  useEffect(() => {
    if (open && focusSeq > 0) ref.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [open, focusSeq]);

  if (!open) return null;
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    useSim.getState().setTab(TABS[next]!.id);
    (e.currentTarget.querySelectorAll('[role="tab"]')[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <section
      ref={ref}
      className={`vl-sim is-${dock}`}
      style={dock === 'bottom' && height ? { height } : undefined}
      aria-label="Simulation"
      data-testid="simulation-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.target === e.currentTarget) useSim.getState().close();
        // F5 inside the panel (even in a field, where the browser would reload) runs the tab in front.
        if (e.key === 'F5' && !e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          e.stopPropagation();
          e.currentTarget.querySelector<HTMLButtonElement>('.vl-sim-body form button[type="submit"]:not(:disabled)')?.click();
        }
      }}
    >
      {dock === 'bottom' && <ResizeHandle panel={ref} />}
      <header className="vl-sim-head">
        <h2 className="vl-sim-title">Simulation</h2>
        <div role="tablist" aria-label="Simulation tools" className="vl-sim-tabs" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`vl-sim-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`vl-sim-pane-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              title={t.title}
              className={`vl-sim-tab${tab === t.id ? ' is-on' : ''}`}
              onClick={() => useSim.getState().setTab(t.id)}
            >{t.label}</button>
          ))}
        </div>
        <span className="vl-sim-spacer" />
        <button type="button" className="vl-button vl-sim-small" aria-pressed={setupHidden} onClick={() => useSim.getState().toggleSetup()} title="Hide the set-up column so the results get the whole width" data-testid="toggle-setup">
          {setupHidden ? 'Show set-up' : 'Hide set-up'}
        </button>
        <button type="button" className="vl-button vl-sim-small" onClick={() => useSim.getState().setDock(dock === 'bottom' ? 'right' : 'bottom')} title={`Dock the panel ${dock === 'bottom' ? 'on the right' : 'at the bottom'}`} aria-label={`Dock ${dock === 'bottom' ? 'right' : 'bottom'}`}>
          {dock === 'bottom' ? <><DockRightIcon /><span className="vl-sim-dock-label">Dock right</span></> : <><DockBottomIcon /><span className="vl-sim-dock-label">Dock bottom</span></>}
        </button>
        <button type="button" className="vl-button vl-sim-small" onClick={() => useSim.getState().close()} aria-label="Close the Simulation panel" title="Close (the run is kept)"><CloseIcon /></button>
      </header>
      <div className={`vl-sim-body${setupHidden ? ' is-setup-hidden' : ''}`} role="tabpanel" id={`vl-sim-pane-${tab}`} aria-labelledby={`vl-sim-tab-${tab}`}>
        {tab === 'migration' && <MigrationLab />}
        {tab === 'scenario' && <ScenarioTab />}
        {tab === 'consolidation' && <ConsolidationTab />}
      </div>
      <SimOverlay />
    </section>
  );
}

/** The bottom dock's top edge: drag it, or focus it and use the arrow keys, to give the panel more or less room. */
function ResizeHandle({ panel }: { panel: React.RefObject<HTMLElement | null> }) {
  const height = useSim((s) => s.height);
  const clamp = (px: number) => {
    const column = panel.current?.parentElement?.getBoundingClientRect().height ?? 800;
    return Math.round(Math.min(column * 0.85, Math.max(200, px)));
  };
  const current = () => panel.current?.getBoundingClientRect().height ?? height ?? 320;
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const startY = e.clientY;
    const start = current();
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => useSim.getState().setHeight(clamp(start + (startY - ev.clientY)));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.shiftKey ? 80 : 24;
    if (e.key === 'ArrowUp') useSim.getState().setHeight(clamp(current() + step));
    else if (e.key === 'ArrowDown') useSim.getState().setHeight(clamp(current() - step));
    else if (e.key === 'Home') useSim.getState().setHeight(null);
    else return;
    e.preventDefault();
  };
  return (
    <div
      className="vl-sim-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the Simulation panel (arrow keys; Home resets)"
      aria-valuenow={Math.round(height ?? 0) || undefined}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => useSim.getState().setHeight(null)}
      title="Drag to resize (double-click resets)"
    />
  );
}
