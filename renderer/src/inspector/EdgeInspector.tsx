import { useMemo } from 'react';
import { RELATION_STYLES } from '../../../shared/diagram/relationStyles';
import { RELATION_ENDS, type Relation } from '../../../shared/model';
import { focusElement } from '../canvas/flowHandle';
import { FindingCard } from '../diagnostics/FindingCard';
import { findingsOf, useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { EDGE_FORMS } from './edgeForms';
import { FieldView } from './fields/FieldView';

/** A connection's form: what it links and its properties (VLANs, IP/MAC, disk size…). */
export function EdgeInspector({ edge }: { edge: Relation }) {
  const snapshot = useDesign((s) => s.snapshot)!;
  const run = useDesign((s) => s.run);
  const theme = useUi((s) => s.theme);
  const t = snapshot.design.topology;
  const src = t.nodes.get(edge.source);
  const dst = t.nodes.get(edge.target);
  const style = RELATION_STYLES[edge.relation];
  const props = edge.props as Record<string, unknown>;
  const fields = EDGE_FORMS[edge.relation];
  const findings = useMemo(() => findingsOf(snapshot).filter((f) => f.targets.includes(edge.id)), [snapshot, edge.id]);
  return (
    <div className="vl-inspector-body" data-testid="inspector-edge">
      <header className="vl-inspector-head">
        <svg width="28" height="12" aria-hidden="true"><line x1="1" y1="6" x2="27" y2="6" stroke={style.color[theme]} strokeWidth={style.width + 0.5} strokeDasharray={style.dash || undefined} /></svg>
        <div>
          <strong>{style.label}</strong>
          <div className="vl-muted">connection · {edge.id}</div>
        </div>
      </header>
      <p className="vl-runs-on">
        <button type="button" className="vl-linklike" onClick={() => focusElement(edge.source)}>{src?.name}</button>
        {` ${RELATION_ENDS[edge.relation].label} `}
        <button type="button" className="vl-linklike" onClick={() => focusElement(edge.target)}>{dst?.name}</button>
      </p>
      {findings.length > 0 && (
        <section className="vl-inspector-section" aria-label="Findings">
          <h4>Findings</h4>
          {findings.map((f) => <FindingCard key={f.key ?? `${f.ruleId}|${f.message}`} finding={f} />)}
        </section>
      )}
      {fields.length > 0 ? (
        <form className="vl-form" onSubmit={(e) => e.preventDefault()} aria-label="Connection properties">
          <section className="vl-inspector-section">
            <h4>Properties</h4>
            {fields.map((f) => (
              <FieldView key={f.key} field={f} value={props[f.key]} onCommit={(v, extra) => void run({ type: 'setProps', id: edge.id, props: { [f.key]: v, ...extra } })} />
            ))}
          </section>
        </form>
      ) : <p className="vl-muted">This relation has no properties.</p>}
    </div>
  );
}
