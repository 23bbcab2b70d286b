import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useContextMenu } from './contextMenuStore';
import { menuFor, type MenuItem } from './menuItems';
import { MigrationCheckDialog } from './MigrationCheckDialog';
import './contextMenu.css';

/** The right-click menu and the dialog one of its entries opens (a VM's migration pre-flight). */
export function ContextMenu() {
  return (
    <>
      <Menu />
      <MigrationCheckDialog />
    </>
  );
}

/** The right-click menu: keyboard navigable (arrows, Enter, Escape), closes on any outside click. */
function Menu() {
  const menu = useContextMenu((s) => s.menu);
  const close = useContextMenu((s) => s.close);
  const ref = useRef<HTMLDivElement>(null);
  const entries = useMemo(() => (menu ? menuFor(menu.target) : []), [menu]);
  const [pos, setPos] = useState<{ x: number; y: number } | null>(null);

  useLayoutEffect(() => {
    if (!menu || !ref.current) return;
    // Keep the menu on screen.
    const r = ref.current.getBoundingClientRect();
    setPos({ x: Math.min(menu.x, window.innerWidth - r.width - 4), y: Math.min(menu.y, window.innerHeight - r.height - 4) });
    ref.current.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
  }, [menu]);

  useEffect(() => {
    if (!menu) return;
    const onDown = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) close(); };
    const onScroll = () => close();
    window.addEventListener('mousedown', onDown, true);
    window.addEventListener('wheel', onScroll, true);
    window.addEventListener('blur', onScroll);
    return () => {
      window.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('wheel', onScroll, true);
      window.removeEventListener('blur', onScroll);
    };
  }, [menu, close]);

  if (!menu || entries.length === 0) return null;
  const choose = (item: MenuItem) => {
    close();
    void item.run();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length]?.focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); items[(i - 1 + items.length) % items.length]?.focus(); }
    else if (e.key === 'Home') { e.preventDefault(); items[0]?.focus(); }
    else if (e.key === 'End') { e.preventDefault(); items[items.length - 1]?.focus(); }
    else if (e.key === 'Escape' || e.key === 'Tab') { e.preventDefault(); close(); }
    e.stopPropagation();
  };
  return (
    <div
      ref={ref}
      className="vl-context-menu"
      role="menu"
      aria-label="Context menu"
      style={{ left: (pos ?? menu).x, top: (pos ?? menu).y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {entries.map((item, i) => item === '-' ? <hr key={`sep-${i}`} /> : (
        <button key={item.id} type="button" role="menuitem" className={`vl-context-item${item.danger ? ' is-danger' : ''}`} disabled={item.disabled} onClick={() => choose(item)}>
          <span>{item.label}</span>
          {item.shortcut && <kbd>{item.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
