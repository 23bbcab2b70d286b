import { create } from 'zustand';
import { useUi } from '../store/uiStore';

interface CommandPaletteState {
  /** Flow point where "Add …" commands place the element (from the canvas context menu), else null. */
  addAnchor: { x: number; y: number } | null;
  initialQuery: string;
}

export const useCommandPalette = create<CommandPaletteState>(() => ({ addAnchor: null, initialQuery: '' }));

/** Opens the command palette on the "Add …" commands, placing the element at a flow point. */
export function openAddPalette(at: { x: number; y: number }): void {
  useCommandPalette.setState({ addAnchor: at, initialQuery: 'Add ' });
  useUi.getState().openOverlay('commandPalette');
}

export function resetCommandPalette(): void {
  useCommandPalette.setState({ addAnchor: null, initialQuery: '' });
}
