import { useMemo } from 'react';
import type { Element, NodeId } from '../../../shared/model';
import { KindIcon } from '../icons/KindIcon';
import { useDesign } from '../store/designStore';

type Scalar = string | number | boolean;

/** Edits the selected element: every scalar property of its kind, sent to the engine as setProps. */
export function Inspector() {
  const snapshot = useDesign((s) => s.snapshot);
  const selection = useDesign((s) => s.selection);
  const run = useDesign((s) => s.run);
  const el: Element | undefined = useMemo(
    () => (selection.length === 1 ? snapshot?.design.topology.nodes[selection[0] as NodeId] : undefined),
    [snapshot, selection],
  );
  if (!el) {
    return (
      <aside className="vl-inspector" aria-label="Inspector">
        <p className="vl-muted">{selection.length > 1 ? `${selection.length} items selected.` : 'Select an element to edit it.'}</p>
      </aside>
    );
  }
  const fields = Object.entries(el).filter(([k, v]) => !['id', 'kind', 'parentId'].includes(k) && ['string', 'number', 'boolean'].includes(typeof v)) as [string, Scalar][];
  const commit = (key: string, value: Scalar) => {
    if (value === (el as unknown as Record<string, Scalar>)[key]) return;
    void run({ type: 'setProps', id: el.id, props: { [key]: value } });
  };
  return (
    <aside className="vl-inspector" aria-label="Inspector" key={el.id}>
      <header className="vl-inspector-head">
        <KindIcon kind={el.kind} />
        <div>
          <strong>{el.name}</strong>
          <div className="vl-muted">{el.kind} · {el.id}</div>
        </div>
      </header>
      <form className="vl-form" onSubmit={(e) => e.preventDefault()}>
        {fields.map(([key, value]) => (
          <label key={key} className="vl-field">
            <span>{key}</span>
            {typeof value === 'boolean' ? (
              <input type="checkbox" defaultChecked={value} onChange={(e) => commit(key, e.target.checked)} />
            ) : (
              <input
                className="vl-input"
                name={key}
                type={typeof value === 'number' ? 'number' : 'text'}
                defaultValue={String(value)}
                onBlur={(e) => commit(key, typeof value === 'number' ? Number(e.target.value) : e.target.value)}
                onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }}
              />
            )}
          </label>
        ))}
      </form>
    </aside>
  );
}
