import { kindLabel } from '../../../shared/engine/queries/nesting';
import { RELATION_ENDS, type EdgeId, type NodeId } from '../../../shared/model';
import { useDesign } from '../store/designStore';

/** Tells screen-reader users what is selected (the canvas itself is a picture). */
export function SelectionAnnouncer() {
  const text = useDesign((s) => {
    const t = s.snapshot?.design.topology;
    if (!t || s.selection.length === 0) return 'Nothing selected.';
    if (s.selection.length > 1) return `${s.selection.length} items selected.`;
    const id = s.selection[0]!;
    const n = t.nodes.get(id as NodeId);
    if (n) {
      const p = n.parentId ? t.nodes.get(n.parentId) : undefined;
      return `${n.name}, ${kindLabel(n.kind)}${p ? `, runs on ${p.name}` : ''}.`;
    }
    const e = t.edges.get(id as EdgeId);
    return e ? `Connection: ${t.nodes.get(e.source)?.name} ${RELATION_ENDS[e.relation].label} ${t.nodes.get(e.target)?.name}.` : '';
  });
  return <div className="vl-sr" aria-live="polite" data-testid="selection-announcer">{text}</div>;
}
