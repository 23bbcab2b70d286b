import { useMemo, useState } from 'react';
import { useUi } from '../store/uiStore';
import { allCommands, type PaletteCommand } from './commands';
import { resetCommandPalette, useCommandPalette } from './commandPaletteStore';
import { fuzzyFilter } from './fuzzy';
import './commandPalette.css';

const MAX = 60;

function Highlight({ text, positions }: { text: string; positions: number[] }) {
  const set = new Set(positions);
  return <>{[...text].map((ch, i) => (set.has(i) ? <mark key={i}>{ch}</mark> : ch))}</>;
}

/** Ctrl+K: every command, fuzzy-searched, run with Enter. */
export function CommandPalette() {
  const open = useUi((s) => s.overlay === 'commandPalette');
  if (!open) return null;
  return <CommandPaletteDialog />;
}

function CommandPaletteDialog() {
  const close = () => { useUi.getState().openOverlay(null); resetCommandPalette(); };
  const { addAnchor, initialQuery } = useCommandPalette.getState();
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const commands = useMemo(() => allCommands(addAnchor), [addAnchor]);
  const results = useMemo(() => {
    // Without a query, list actions only (not every element of a large design).
    const pool = query.trim() ? commands : commands.filter((c) => c.id.startsWith('action:'));
    return fuzzyFilter(pool, query, (c) => c.label).slice(0, MAX);
  }, [commands, query]);
  const run = (c: PaletteCommand) => {
    close();
    void c.run();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(results.length - 1, a + 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
    else if (e.key === 'Enter') { e.preventDefault(); const r = results[active]; if (r) run(r.item); }
    else if (e.key === 'Escape') { e.preventDefault(); close(); }
  };
  return (
    <div className="vl-overlay-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div className="vl-command-palette" role="dialog" aria-modal="true" aria-label="Command palette" onKeyDown={onKeyDown}>
        <input
          className="vl-input vl-command-input"
          autoFocus
          placeholder="Type a command, “Add …” or an element name"
          value={query}
          onChange={(e) => { setQuery(e.target.value); setActive(0); }}
          role="combobox"
          aria-expanded="true"
          aria-controls="vl-command-list"
          aria-activedescendant={results[active] ? `cmd-${active}` : undefined}
          aria-label="Command"
        />
        <ul id="vl-command-list" className="vl-command-list" role="listbox" aria-label="Commands">
          {results.length === 0 && <li className="vl-muted vl-command-empty">No command matches “{query}”.</li>}
          {results.map(({ item, match }, i) => (
            <li
              key={item.id}
              id={`cmd-${i}`}
              role="option"
              aria-selected={i === active}
              className={`vl-command${i === active ? ' is-active' : ''}`}
              onMouseMove={() => setActive(i)}
              onClick={() => run(item)}
              ref={i === active ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
            >
              <span className="vl-command-label"><Highlight text={item.label} positions={match.positions} /></span>
              <span className="vl-command-group">{item.group}</span>
              {item.shortcut && <kbd>{item.shortcut}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
