import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { ACTIONS, runAction } from './actions';
import { MENU_MODEL, type MenuEntry } from './menuModel';
import './menuBar.css';

/** Moves focus among the items of the menu list that holds the event's target. */
function moveFocus(e: ReactKeyboardEvent<HTMLElement>, list: HTMLElement | null) {
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>(':scope > .vl-menu-item, :scope > .vl-menu-sub > .vl-menu-item')];
  const i = items.indexOf(document.activeElement as HTMLElement);
  const next = e.key === 'ArrowDown' ? (i + 1) % items.length : e.key === 'ArrowUp' ? (i - 1 + items.length) % items.length : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : -1;
  if (next < 0) return;
  e.preventDefault();
  e.stopPropagation();
  items[next]?.focus();
}

/** The items of one menu (or submenu), from the shared menu model. */
function MenuItems({ entries, close }: { entries: readonly MenuEntry[]; close: () => void }) {
  const [sub, setSub] = useState<string | null>(null);
  return (
    <>
      {entries.map((entry, i) => {
        if (entry === '-') return <hr key={`sep-${i}`} />;
        if (typeof entry !== 'string') {
          const open = sub === entry.submenu;
          return (
            <div key={entry.submenu} className="vl-menu-sub" onMouseEnter={() => setSub(entry.submenu)} onMouseLeave={() => setSub(null)}>
              <button
                type="button"
                role="menuitem"
                aria-haspopup="menu"
                aria-expanded={open}
                className="vl-menu-item"
                onClick={() => setSub(open ? null : entry.submenu)}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowRight' && e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  e.stopPropagation();
                  const button = e.currentTarget;
                  setSub(entry.submenu);
                  requestAnimationFrame(() => (button.nextElementSibling?.querySelector('.vl-menu-item') as HTMLElement | null)?.focus());
                }}
              >
                <span>{entry.submenu}</span><span aria-hidden="true">▸</span>
              </button>
              {open && (
                <div
                  className="vl-menu-list"
                  role="menu"
                  aria-label={entry.submenu}
                  onKeyDown={(e) => {
                    if (e.key === 'ArrowLeft' || e.key === 'Escape') {
                      e.preventDefault();
                      e.stopPropagation();
                      setSub(null);
                      (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus();
                      return;
                    }
                    moveFocus(e, e.currentTarget);
                  }}
                >
                  <MenuItems entries={entry.items} close={close} />
                </div>
              )}
            </div>
          );
        }
        const spec = ACTIONS[entry];
        return (
          <button
            key={entry}
            type="button"
            role={spec.checked ? 'menuitemcheckbox' : 'menuitem'}
            aria-checked={spec.checked ? spec.checked() : undefined}
            aria-keyshortcuts={spec.shortcut?.replace(/Ctrl/g, 'Control')}
            className="vl-menu-item"
            onClick={() => { close(); runAction(entry); }}
          >
            <span>{spec.checked && <span className="vl-check-mark" aria-hidden="true">{spec.checked() ? '✓' : ''}</span>}{spec.label}</span>
            {spec.shortcut && <kbd>{spec.shortcut}</kbd>}
          </button>
        );
      })}
    </>
  );
}

/**
 * The web edition's menu bar. The desktop app uses the native menu, which has the same menus,
 * labels and accelerators (see menuModel.ts) and sends the same actions.
 */
export function MenuBar() {
  const [open, setOpen] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) setOpen(null); };
    // Capture: React Flow's node drag stops the mousedown from bubbling, and a click on a node must
    // still close an open menu.
    window.addEventListener('mousedown', close, true);
    return () => window.removeEventListener('mousedown', close, true);
  }, []);
  const close = () => setOpen(null);
  return (
    <nav
      className="vl-menubar"
      ref={ref}
      role="menubar"
      aria-label="Main menu"
      // Escape with the focus on a menu's title (say, after hovering into a submenu) closes it too.
      onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.preventDefault(); setOpen(null); } }}
    >
      {MENU_MODEL.map((m) => (
        <div key={m.label} className="vl-menu">
          <button
            type="button"
            role="menuitem"
            aria-haspopup="true"
            aria-expanded={open === m.label}
            className="vl-menu-button"
            onClick={() => setOpen(open === m.label ? null : m.label)}
            onMouseEnter={() => { if (open && open !== m.label) setOpen(m.label); }}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowDown') return;
              e.preventDefault();
              const button = e.currentTarget;
              setOpen(m.label);
              requestAnimationFrame(() => (button.nextElementSibling?.querySelector('.vl-menu-item') as HTMLElement | null)?.focus());
            }}
          >{m.label}</button>
          {open === m.label && (
            <div
              className="vl-menu-list"
              role="menu"
              aria-label={m.label}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setOpen(null);
                  (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus();
                  return;
                }
                moveFocus(e, e.currentTarget);
              }}
            >
              <MenuItems entries={m.items} close={close} />
            </div>
          )}
        </div>
      ))}
    </nav>
  );
}
