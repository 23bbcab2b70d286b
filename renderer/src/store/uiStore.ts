import { create } from 'zustand';

export type Theme = 'light' | 'dark';

interface UiState {
  theme: Theme;
  minimap: boolean;
  snapToGrid: boolean;
  setTheme(t: Theme): void;
  toggleMinimap(): void;
  toggleSnap(): void;
}

const storedTheme = (): Theme => {
  try {
    const t = localStorage.getItem('virtlab:theme');
    if (t === 'light' || t === 'dark') return t;
  } catch { /* storage may be unavailable */ }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
};

/** UI-only state: theme, panels, grid. Never part of the design. */
export const useUi = create<UiState>((set, get) => ({
  theme: storedTheme(),
  minimap: true,
  snapToGrid: true,
  setTheme(theme) {
    try { localStorage.setItem('virtlab:theme', theme); } catch { /* ignore */ }
    set({ theme });
  },
  toggleMinimap: () => set({ minimap: !get().minimap }),
  toggleSnap: () => set({ snapToGrid: !get().snapToGrid }),
}));
