import type { NodeId } from '../../../shared/model';
import { runAction } from '../app/actions';
import { useDesign } from '../store/designStore';

const ARRANGE: { id: Parameters<typeof runAction>[0]; label: string; title: string }[] = [
  { id: 'alignLeft', label: '⇤', title: 'Align left' },
  { id: 'alignCenter', label: '↔', title: 'Align centres horizontally' },
  { id: 'alignRight', label: '⇥', title: 'Align right' },
  { id: 'alignTop', label: '⤒', title: 'Align top' },
  { id: 'alignMiddle', label: '↕', title: 'Align middles vertically' },
  { id: 'alignBottom', label: '⤓', title: 'Align bottom' },
  { id: 'distributeH', label: '⋯', title: 'Distribute horizontally' },
  { id: 'distributeV', label: '⋮', title: 'Distribute vertically' },
];

/** Several items selected: what they are and what can be done to all of them. */
export function MultiInspector({ ids }: { ids: string[] }) {
  const t = useDesign((s) => s.snapshot?.design.topology);
  if (!t) return null;
  const nodes = ids.filter((id) => t.nodes.has(id as NodeId)).length;
  const edges = ids.length - nodes;
  return (
    <div className="vl-inspector-body" data-testid="inspector-multi">
      <p><strong>{ids.length} selected</strong> <span className="vl-muted">({nodes} elements, {edges} connections)</span></p>
      <section className="vl-inspector-section">
        <h4>Arrange</h4>
        <div className="vl-toolbar" role="toolbar" aria-label="Align and distribute">
          {ARRANGE.map((a) => <button key={a.id} type="button" className="vl-button vl-tool" title={a.title} aria-label={a.title} onClick={() => runAction(a.id)}>{a.label}</button>)}
        </div>
        <p className="vl-muted vl-small-text">Aligns elements that run on the same parent.</p>
      </section>
      <section className="vl-inspector-section">
        <div className="vl-toolbar">
          <button type="button" className="vl-button" onClick={() => runAction('duplicate')}>Duplicate</button>
          <button type="button" className="vl-button" onClick={() => runAction('delete')}>Delete…</button>
        </div>
      </section>
    </div>
  );
}
