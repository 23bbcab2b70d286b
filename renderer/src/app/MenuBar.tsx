import { useEffect, useRef, useState } from 'react';
import { ACTIONS, runAction, type AppAction } from './actions';

type Item = AppAction | '-';
const MENUS: { label: string; items: Item[] }[] = [
  { label: 'File', items: ['new', 'newFromTemplate', 'open', 'openRecent', 'openFile', '-', 'save', 'saveAs', 'download', '-', 'export'] },
  { label: 'Edit', items: ['undo', 'redo', '-', 'cut', 'copy', 'paste', 'duplicate', '-', 'rename', 'nestOut', 'delete', '-', 'selectAll', 'selectNone', '-', 'search'] },
  { label: 'View', items: ['zoomIn', 'zoomOut', 'fitView', 'zoomToSelection', '-', 'toggleDiagnostics', 'toggleLegend', 'toggleMinimap', 'toggleSnap', '-', 'toggleTheme'] },
  { label: 'Arrange', items: ['autoLayout', '-', 'alignLeft', 'alignCenter', 'alignRight', 'alignTop', 'alignMiddle', 'alignBottom', '-', 'distributeH', 'distributeV'] },
  { label: 'Simulation', items: ['runSimulation'] },
  { label: 'Help', items: ['commandPalette', 'shortcuts'] },
];

/** The web edition's menu bar (the desktop app uses the native menu, which sends the same actions). */
export function MenuBar() {
  const [open, setOpen] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) setOpen(null); };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, []);
  return (
    <nav className="vl-menubar" ref={ref} role="menubar" aria-label="Main menu">
      {MENUS.map((m) => (
        <div key={m.label} className="vl-menu">
          <button type="button" role="menuitem" aria-haspopup="true" aria-expanded={open === m.label} className="vl-menu-button" onClick={() => setOpen(open === m.label ? null : m.label)}>{m.label}</button>
          {open === m.label && (
            <div className="vl-menu-list" role="menu" aria-label={m.label}>
              {m.items.map((id, i) => {
                if (id === '-') return <hr key={`sep-${i}`} />;
                const spec = ACTIONS[id];
                if (!spec) return null;
                return (
                  <button
                    key={id}
                    type="button"
                    role={spec.checked ? 'menuitemcheckbox' : 'menuitem'}
                    aria-checked={spec.checked ? spec.checked() : undefined}
                    className="vl-menu-item"
                    onClick={() => { setOpen(null); runAction(id); }}
                  >
                    <span>{spec.checked && <span className="vl-check-mark" aria-hidden="true">{spec.checked() ? '✓' : ''}</span>}{spec.label}</span>
                    {spec.shortcut && <kbd>{spec.shortcut}</kbd>}
                  </button>
                );
              })}
            </div>
          )}
        </div>
      ))}
    </nav>
  );
}
