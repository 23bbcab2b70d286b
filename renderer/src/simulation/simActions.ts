import type { NodeId } from '../../../shared/model';
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

/**
 * Opens the Migration lab with a VM and a destination host already chosen (the canvas's
 * "Check migration to…" dialog hands over here); the user still presses Run.
 */
export function openMigrationLab(vm?: NodeId, destination?: NodeId): void {
  const s = useSim.getState();
  s.openPanel('migration');
  if (vm) s.chooseVm(vm);
  if (destination) s.setForm({ destination });
}
