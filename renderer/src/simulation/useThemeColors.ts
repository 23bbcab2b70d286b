import { useMemo, useSyncExternalStore } from 'react';

export interface ChartColors { text: string; muted: string; border: string; accent: string; line: string; warning: string; error: string; ok: string; panel: string; post: string }

const FALLBACK: ChartColors = { text: '#1c2430', muted: '#667085', border: '#d5dae1', accent: '#2563eb', line: '#b54708', warning: '#b54708', error: '#d92d20', ok: '#039855', panel: '#ffffff', post: '#7a5af8' };

const subscribe = (onChange: () => void) => {
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => mo.disconnect();
};
const themeAttr = () => document.documentElement.dataset.theme ?? '';

/**
 * SVG chart attributes cannot use CSS variables, so the theme's colours are read from the document
 * (the same variables the rest of the app is painted with) whenever its theme attribute changes.
 */
export function useThemeColors(): ChartColors {
  const theme = useSyncExternalStore(subscribe, themeAttr, () => '');
  return useMemo(() => {
    void theme;
    const css = getComputedStyle(document.documentElement);
    const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    return {
      text: v('--text', FALLBACK.text),
      muted: v('--muted', FALLBACK.muted),
      border: v('--border', FALLBACK.border),
      accent: v('--accent', FALLBACK.accent),
      line: v('--warning', FALLBACK.line),
      warning: v('--warning', FALLBACK.warning),
      error: v('--error', FALLBACK.error),
      ok: v('--k-vm', FALLBACK.ok),
      panel: v('--panel', FALLBACK.panel),
      post: v('--k-hostOs', FALLBACK.post),
    };
  }, [theme]);
}
