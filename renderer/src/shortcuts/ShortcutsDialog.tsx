import { useEffect, useRef } from 'react';
import { ACTIONS, type AppAction } from '../app/actions';
import { useUi } from '../store/uiStore';
import '../commandPalette/commandPalette.css';
import './shortcuts.css';

/** Keys that act on the canvas itself rather than running a named action. */
const CANVAS_KEYS: [string, string][] = [
  ['Tab / Shift+Tab', 'Select the next / previous element (canvas focused)'],
  ['Arrow keys', 'Select the nearest element in that direction'],
  ['Shift+Arrow keys', 'Nudge the selection by 8 px (Alt+Shift: 1 px)'],
  ['Enter', 'On a palette item: add it (into the selected container when it fits)'],
  ['Shift+F10 / Menu', 'Open the context menu of the selection'],
  ['Drag on empty canvas', 'Select with a marquee (Shift+drag adds)'],
  ['Space+drag / middle drag', 'Pan the canvas'],
  ['Ctrl+click', 'Add to / remove from the selection'],
];

/** "?": every keyboard shortcut, from the same registry the menus use. */
export function ShortcutsDialog() {
  const open = useUi((s) => s.overlay === 'shortcuts');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { if (open) ref.current?.focus(); }, [open]);
  if (!open) return null;
  const close = () => useUi.getState().openOverlay(null);
  const groups = new Map<string, [string, string][]>();
  for (const [id, spec] of Object.entries(ACTIONS) as [AppAction, NonNullable<(typeof ACTIONS)[AppAction]>][]) {
    if (!spec.shortcut) continue;
    const g = spec.group ?? 'File';
    groups.set(g, [...(groups.get(g) ?? []), [spec.shortcut, spec.label.replace(/…$/, '')]]);
    void id;
  }
  groups.set('Canvas', CANVAS_KEYS);
  return (
    <div className="vl-overlay-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div ref={ref} tabIndex={-1} className="vl-shortcuts" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onKeyDown={(e) => { if (e.key === 'Escape' || e.key === '?') { e.preventDefault(); e.stopPropagation(); close(); } }}>
        <header><h2>Keyboard shortcuts</h2><button type="button" className="vl-button" onClick={close}>Close</button></header>
        <div className="vl-shortcut-groups">
          {[...groups.entries()].map(([group, rows]) => (
            <section key={group}>
              <h3>{group}</h3>
              <dl>{rows.map(([keys, label]) => <div key={`${keys}-${label}`}><dt><kbd>{keys}</kbd></dt><dd>{label}</dd></div>)}</dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
