import { toggleSimulation } from './simActions';
import { useSim } from './simStore';

/** The top bar's Simulation button: shows and hides the panel (F5 opens it from anywhere). */
export function SimulationButton() {
  const open = useSim((s) => s.open);
  return (
    <button type="button" className={`vl-button vl-sim-toolbar${open ? ' is-on' : ''}`} aria-pressed={open} onClick={toggleSimulation} title="Simulation: live migration lab, scenarios with HA, consolidation (F5)" data-testid="simulation-button">
      <span aria-hidden="true">▶</span> Simulate
    </button>
  );
}
