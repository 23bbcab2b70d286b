import { useSim } from './simStore';

/** Simulation › Run (F5, the toolbar button, the native menu): opens the panel and moves focus into it. */
export function openSimulation(): void {
  useSim.getState().openPanel();
}

/** The toolbar button: opens the panel, or closes it when it is open. */
export function toggleSimulation(): void {
  const s = useSim.getState();
  if (s.open) s.close();
  else s.openPanel();
}
