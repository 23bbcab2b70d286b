import { useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { kindLabel } from '../../../shared/engine/queries/nesting';
import { ALLOWED_PARENTS } from '../../../shared/model';
import { setPaletteDrag, useDropHint } from '../canvas/dropHint';
import { viewportCenter } from '../canvas/flowHandle';
import { KindIcon } from '../icons/KindIcon';
import { useDesign } from '../store/designStore';
import { addPaletteItem, keyboardPlacement } from './addElement';
import { PALETTE, PALETTE_MIME, type PaletteItem } from './paletteItems';
import './palette.css';

const GROUPS: PaletteItem['group'][] = ['Compute', 'Virtualization', 'Networking', 'Storage', 'Management & services'];

/** Where an item may go, in words (from the model's nesting table). */
const whereText = (item: PaletteItem) => {
  const parents = ALLOWED_PARENTS[item.kind];
  return parents.length ? `Nests in a ${parents.map(kindLabel).join(' or ')}.` : 'Stands on its own on the canvas.';
};

/** Adds an item by keyboard: into the selected element when it may run there, else mid-canvas. */
async function addByKeyboard(item: PaletteItem) {
  const { snapshot, selection } = useDesign.getState();
  if (!snapshot) return;
  const place = keyboardPlacement(snapshot.design, item, selection, viewportCenter());
  await addPaletteItem(item, place.parentId, place.position);
}

/** Every kind, grouped and searchable; drag an item onto the canvas (or a container), or press Enter. */
export function Palette() {
  const [query, setQuery] = useState('');
  // One tab stop for the whole list (roving tabindex); arrow keys move within it.
  const [active, setActive] = useState<string>(PALETTE[0]!.id);
  const items = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? PALETTE.filter((p) => `${p.label} ${p.kind} ${kindLabel(p.kind)} ${p.group} ${p.tip}`.toLowerCase().includes(q)) : PALETTE;
  }, [query]);
  const activeItem = PALETTE.find((p) => p.id === active);
  const onDragStart = (e: DragEvent, item: PaletteItem) => {
    e.dataTransfer.setData(PALETTE_MIME, item.id);
    e.dataTransfer.effectAllowed = 'copy';
    setPaletteDrag(item.id);
  };
  const onDragEnd = () => {
    setPaletteDrag(null);
    useDropHint.getState().show(null);
  };
  const onItemKey = (e: KeyboardEvent<HTMLDivElement>, item: PaletteItem) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      void addByKeyboard(item);
      return;
    }
    const all = [...document.querySelectorAll<HTMLElement>('.vl-palette-item')];
    const i = all.indexOf(e.currentTarget);
    const to = e.key === 'ArrowDown' ? Math.min(all.length - 1, i + 1)
      : e.key === 'ArrowUp' ? Math.max(0, i - 1)
        : e.key === 'Home' ? 0
          : e.key === 'End' ? all.length - 1 : -1;
    if (to >= 0) {
      e.preventDefault();
      all[to]?.focus();
    }
  };
  return (
    <aside className="vl-palette" aria-label="Palette">
      <input
        className="vl-input"
        type="search"
        placeholder="Search kinds…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'ArrowDown') { e.preventDefault(); document.querySelector<HTMLElement>('.vl-palette-item')?.focus(); } }}
        aria-label="Search the palette"
      />
      <p className="vl-palette-help vl-muted">Drag onto the canvas or into a box, or focus an item and press Enter.</p>
      {items.length === 0 && <p className="vl-muted">No kind matches “{query}”.</p>}
      {GROUPS.map((g) => {
        const inGroup = items.filter((i) => i.group === g);
        if (inGroup.length === 0) return null;
        return (
          <section key={g} className="vl-palette-group" aria-label={g}>
            <h3>{g}</h3>
            {inGroup.map((item) => (
              <div
                key={item.id}
                className={`vl-palette-item vl-kind-${item.kind}`}
                draggable
                onDragStart={(e) => onDragStart(e, item)}
                onDragEnd={onDragEnd}
                onKeyDown={(e) => onItemKey(e, item)}
                onDoubleClick={() => void addByKeyboard(item)}
                onFocus={() => setActive(item.id)}
                data-testid={`palette-${item.id}`}
                tabIndex={item.id === active || (!items.some((x) => x.id === active) && item === items[0]) ? 0 : -1}
                role="button"
                aria-label={item.label}
                aria-describedby={`tip-${item.id}`}
              >
                <span className="vl-palette-icon"><KindIcon kind={item.kind} size={18} /></span>
                <span>{item.label}</span>
                <span role="tooltip" id={`tip-${item.id}`} className="vl-tooltip">
                  <strong>{item.label}</strong> — {item.tip} <em>{whereText(item)}</em>
                </span>
              </div>
            ))}
          </section>
        );
      })}
      {activeItem && (
        <p className="vl-palette-desc" aria-hidden="true">
          <strong>{activeItem.label}</strong> — {activeItem.tip} {whereText(activeItem)} <span className="vl-muted">Enter adds it.</span>
        </p>
      )}
    </aside>
  );
}
