import { useMemo, useState, type DragEvent } from 'react';
import { KindIcon } from '../icons/KindIcon';
import { PALETTE, PALETTE_MIME, type PaletteItem } from './paletteItems';

const GROUPS: PaletteItem['group'][] = ['Compute', 'Virtualization', 'Networking', 'Storage', 'Management & services'];

/** Every kind, grouped and searchable; drag an item onto the canvas (or into a container). */
export function Palette() {
  const [query, setQuery] = useState('');
  const items = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? PALETTE.filter((p) => `${p.label} ${p.kind} ${p.tip}`.toLowerCase().includes(q)) : PALETTE;
  }, [query]);
  const onDragStart = (e: DragEvent, item: PaletteItem) => {
    e.dataTransfer.setData(PALETTE_MIME, item.id);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="vl-palette" aria-label="Palette">
      <input className="vl-input" type="search" placeholder="Search kinds…" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Search the palette" />
      {GROUPS.map((g) => {
        const inGroup = items.filter((i) => i.group === g);
        if (inGroup.length === 0) return null;
        return (
          <section key={g} className="vl-palette-group">
            <h3>{g}</h3>
            {inGroup.map((item) => (
              <div
                key={item.id}
                className="vl-palette-item"
                draggable
                onDragStart={(e) => onDragStart(e, item)}
                title={item.tip}
                data-testid={`palette-${item.id}`}
                tabIndex={0}
                role="button"
                aria-label={`${item.label}: ${item.tip}`}
              >
                <KindIcon kind={item.kind} size={18} />
                <span>{item.label}</span>
              </div>
            ))}
          </section>
        );
      })}
    </aside>
  );
}
