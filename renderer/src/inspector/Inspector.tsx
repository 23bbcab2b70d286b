import type { EdgeId, NodeId } from '../../../shared/model';
import { useDesign } from '../store/designStore';
import { EdgeInspector } from './EdgeInspector';
import { MultiInspector } from './MultiInspector';
import { NodeInspector } from './NodeInspector';
import './inspector.css';

/** The right-hand panel: a form for the selected element or connection, or what a multi-selection allows. */
export function Inspector() {
  const t = useDesign((s) => s.snapshot?.design.topology);
  const selection = useDesign((s) => s.selection);
  let body;
  if (!t || selection.length === 0) {
    body = (
      <div className="vl-inspector-empty">
        <p className="vl-muted">Select an element or a connection to edit it.</p>
        <p className="vl-muted vl-small-text">Tip: press <kbd>Ctrl+K</kbd> for every command, <kbd>?</kbd> for shortcuts.</p>
      </div>
    );
  } else if (selection.length > 1) {
    body = <MultiInspector ids={selection} />;
  } else {
    const id = selection[0]!;
    const el = t.nodes.get(id as NodeId);
    const edge = t.edges.get(id as EdgeId);
    body = el ? <NodeInspector key={el.id} el={el} /> : edge ? <EdgeInspector key={edge.id} edge={edge} /> : null;
  }
  return <aside className="vl-inspector" aria-label="Inspector">{body}</aside>;
}
