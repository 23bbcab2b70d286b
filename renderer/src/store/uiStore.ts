import { create } from 'zustand';

export type Theme = 'light' | 'dark';

/** Full-window overlays; at most one is open. */
export type Overlay = 'commandPalette' | 'shortcuts' | 'search' | null;

interface UiState {
  theme: Theme;
  minimap: boolean;
  snapToGrid: boolean;
  legend: boolean;
  diagnostics: boolean;
  overlay: Overlay;
  setTheme(t: Theme): void;
  toggleMinimap(): void;
  toggleSnap(): void;
  toggleLegend(): void;
  setDiagnostics(open: boolean): void;
  toggleDiagnostics(): void;
  openOverlay(o: Overlay): void;
}

const read = (key: string): string | null => {
  try { return localStorage.getItem(`virtlab:${key}`); } catch { return null; }
};
const write = (key: string, value: string) => {
  try { localStorage.setItem(`virtlab:${key}`, value); } catch { /* storage may be unavailable */ }
};
const readFlag = (key: string, fallback: boolean) => {
  const v = read(key);
  return v === null ? fallback : v === 'true';
};

const storedTheme = (): Theme => {
  const t = read('theme');
  if (t === 'light' || t === 'dark') return t;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
};

/** UI-only state: theme, panels, grid, overlays. Never part of the design; preferences persist locally. */
export const useUi = create<UiState>((set, get) => {
  const flag = (key: 'minimap' | 'snapToGrid' | 'legend' | 'diagnostics', value: boolean) => {
    write(key, String(value));
    set({ [key]: value } as Pick<UiState, typeof key>);
  };
  return {
    theme: storedTheme(),
    minimap: readFlag('minimap', true),
    snapToGrid: readFlag('snapToGrid', true),
    legend: readFlag('legend', false),
    diagnostics: readFlag('diagnostics', false),
    overlay: null,
    setTheme(theme) {
      write('theme', theme);
      set({ theme });
    },
    toggleMinimap: () => flag('minimap', !get().minimap),
    toggleSnap: () => flag('snapToGrid', !get().snapToGrid),
    toggleLegend: () => flag('legend', !get().legend),
    setDiagnostics: (open) => flag('diagnostics', open),
    toggleDiagnostics: () => flag('diagnostics', !get().diagnostics),
    openOverlay: (overlay) => set({ overlay }),
  };
});
