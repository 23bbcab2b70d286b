import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useDesign } from '../store/designStore';
import { ConsolidationTab } from './ConsolidationTab';
import { MigrationLab } from './MigrationLab';
import { ScenarioTab } from './ScenarioTab';
import { usePlaybackLoop } from './PlaybackBar';
import { SimOverlay } from './SimOverlay';
import { useSim, type SimTab } from './simStore';
import { useSimTransport } from './useSimTransport';
import './simulation.css';

const TABS: { id: SimTab; label: string; title: string }[] = [
  { id: 'migration', label: 'Migration lab', title: 'Simulate one live or cold migration and replay it round by round' },
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
      aria-label="Simulation"
      data-testid="simulation-panel"
      onKeyDown={(e) => { if (e.key === 'Escape' && e.target === e.currentTarget) useSim.getState().close(); }}
    >
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
        <button type="button" className="vl-button vl-sim-small" onClick={() => useSim.getState().setDock(dock === 'bottom' ? 'right' : 'bottom')} title={`Dock the panel ${dock === 'bottom' ? 'on the right' : 'at the bottom'}`} aria-label={`Dock ${dock === 'bottom' ? 'right' : 'bottom'}`}>
          {dock === 'bottom' ? '⇥ Dock right' : '⤓ Dock bottom'}
        </button>
        <button type="button" className="vl-button vl-sim-small" onClick={() => useSim.getState().close()} aria-label="Close the Simulation panel" title="Close (the run is kept)">✕</button>
      </header>
      <div className="vl-sim-body" role="tabpanel" id={`vl-sim-pane-${tab}`} aria-labelledby={`vl-sim-tab-${tab}`}>
        {tab === 'migration' && <MigrationLab />}
        {tab === 'scenario' && <ScenarioTab />}
        {tab === 'consolidation' && <ConsolidationTab />}
      </div>
      <SimOverlay />
    </section>
  );
}
