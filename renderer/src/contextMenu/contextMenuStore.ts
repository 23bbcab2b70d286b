import { create } from 'zustand';

export type MenuTarget =
  | { type: 'node'; id: string }
  | { type: 'edge'; id: string }
  | { type: 'selection' }
  | { type: 'pane'; flow: { x: number; y: number } };

export interface OpenMenu { x: number; y: number; target: MenuTarget }

interface ContextMenuState {
  menu: OpenMenu | null;
  open(menu: OpenMenu): void;
  close(): void;
}

/** The open context menu (one at a time), where it was asked for and on what. */
export const useContextMenu = create<ContextMenuState>((set) => ({
  menu: null,
  open: (menu) => set({ menu }),
  close: () => set({ menu: null }),
}));
