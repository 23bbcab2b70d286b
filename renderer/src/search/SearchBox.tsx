import { useMemo, useState } from 'react';
import { kindLabel } from '../../../shared/engine/queries/nesting';
import { focusElement } from '../canvas/flowHandle';
import { KindIcon } from '../icons/KindIcon';
import { useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { searchDesign, type SearchHit } from './searchDesign';
import './search.css';

/** Ctrl+F: find an element by name, IP or VLAN; Enter (or a click) selects it and brings it into view. */
export function SearchBox() {
  const open = useUi((s) => s.overlay === 'search');
  if (!open) return null;
  return <SearchPanel />;
}

function SearchPanel() {
  const design = useDesign((s) => s.snapshot?.design);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (design ? searchDesign(design, query) : []), [design, query]);
  const close = () => useUi.getState().openOverlay(null);
  const go = (h: SearchHit | undefined, keepOpen = false) => {
    if (!h) return;
    focusElement(h.id);
    if (!keepOpen) close();
  };
  return (
    <div className="vl-search" role="search" aria-label="Find element">
      <input
        className="vl-input"
        autoFocus
        placeholder="Name, IP (10.0.10.5) or VLAN (vlan 20)"
        aria-label="Find element"
        value={query}
        onChange={(e) => { setQuery(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); const n = Math.min(hits.length - 1, active + 1); setActive(n); go(hits[n], true); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); const n = Math.max(0, active - 1); setActive(n); go(hits[n], true); }
          else if (e.key === 'Enter') { e.preventDefault(); go(hits[active]); }
          else if (e.key === 'Escape') { e.preventDefault(); close(); }
        }}
      />
      {query.trim() && (
        <ul className="vl-search-results" role="listbox" aria-label="Matches">
          {hits.length === 0 && <li className="vl-muted">Nothing matches.</li>}
          {hits.map((h, i) => (
            <li key={h.id} role="option" aria-selected={i === active} className={i === active ? 'is-active' : ''} onMouseMove={() => setActive(i)} onClick={() => go(h)}>
              {h.kind !== 'edge' && <KindIcon kind={h.kind} size={16} />}
              <span className="vl-search-name">{h.name}</span>
              <span className="vl-search-why">{h.kind === 'edge' ? 'connection' : kindLabel(h.kind)} · {h.matched}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
