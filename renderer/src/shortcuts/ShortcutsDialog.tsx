import { useEffect, useRef } from 'react';
import { ACTIONS } from '../app/actions';
import { shortcutSections } from '../app/menuModel';
import { useUi } from '../store/uiStore';
import { AboutDialog } from './AboutDialog';
import { CANVAS_KEYS } from './canvasKeys';
import '../commandPalette/commandPalette.css';
import './shortcuts.css';

/** The Help menu's dialogs: the keyboard shortcuts and About. */
export function ShortcutsDialog() {
  return (
    <>
      <ShortcutsList />
      <AboutDialog />
    </>
  );
}

/** "?": every keyboard shortcut, menu by menu, from the same model the menus are drawn from. */
function ShortcutsList() {
  const open = useUi((s) => s.overlay === 'shortcuts');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { if (open) ref.current?.focus(); }, [open]);
  if (!open) return null;
  const close = () => useUi.getState().openOverlay(null);
  const groups = new Map<string, [string, string][]>(shortcutSections(ACTIONS).map((s) => [s.group, s.rows.map((r) => [r.keys.join(' or '), r.label])]));
  groups.set('Canvas', CANVAS_KEYS.map((k): [string, string] => [k.shown, k.label]));
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
