import { useMemo } from 'react';
import { kindLabel } from '../../../shared/engine/queries/nesting';
import { RELATION_ENDS, type Element } from '../../../shared/model';
import { focusElement } from '../canvas/flowHandle';
import { FindingCard } from '../diagnostics/FindingCard';
import { KindIcon } from '../icons/KindIcon';
import { findingsOf, useDesign } from '../store/designStore';
import { FieldView } from './fields/FieldView';
import { LedgerView } from './LedgerView';
import { NODE_FORMS } from './nodeForms';

/** The ledger is kept for these kinds (hosts, clusters, storage pools). */
const LEDGER_KINDS = new Set<Element['kind']>(['host', 'cluster', 'storagePool']);

/** The form of one element: every property of its kind, its place, connections, ledger and findings. */
export function NodeInspector({ el }: { el: Element }) {
  const snapshot = useDesign((s) => s.snapshot)!;
  const run = useDesign((s) => s.run);
  const t = snapshot.design.topology;
  const values = el as unknown as Record<string, unknown>;
  const parent = el.parentId ? t.nodes.get(el.parentId) : undefined;
  const edges = useMemo(() => [...t.edges.values()].filter((e) => e.source === el.id || e.target === el.id), [t.edges, el.id]);
  const findings = useMemo(() => findingsOf(snapshot).filter((f) => f.targets.includes(el.id)), [snapshot, el.id]);

  const commit = (key: string) => (value: unknown, extra?: Record<string, unknown>) => {
    void run({ type: 'setProps', id: el.id, props: { [key]: value, ...extra } });
  };

  return (
    <div className="vl-inspector-body" data-testid="inspector-node">
      <header className={`vl-inspector-head vl-kind-${el.kind}`}>
        <span className="vl-node-icon"><KindIcon kind={el.kind} size={24} /></span>
        <div>
          <strong>{el.name}</strong>
          <div className="vl-muted">{kindLabel(el.kind)} · {el.id}</div>
        </div>
      </header>
      <p className="vl-runs-on">
        {parent
          ? <>Runs on <button type="button" className="vl-linklike" onClick={() => focusElement(parent.id)}>{parent.name}</button> <span className="vl-muted">({kindLabel(parent.kind)})</span></>
          : <span className="vl-muted">On the canvas (top level)</span>}
      </p>
      {findings.length > 0 && (
        <section className="vl-inspector-section" aria-label="Findings">
          <h4>Findings</h4>
          {findings.map((f) => <FindingCard key={f.key ?? `${f.ruleId}|${f.message}`} finding={f} />)}
        </section>
      )}
      {LEDGER_KINDS.has(el.kind) && <LedgerView id={el.id} revision={snapshot.revision} />}
      <form className="vl-form" onSubmit={(e) => e.preventDefault()} aria-label={`${el.name} properties`}>
        {NODE_FORMS[el.kind].map((section) => (
          <section key={section.title} className="vl-inspector-section">
            <h4>{section.title}</h4>
            {section.fields.map((f) => <FieldView key={f.key} field={f} value={values[f.key]} onCommit={commit(f.key)} />)}
          </section>
        ))}
      </form>
      <section className="vl-inspector-section" aria-label="Connections">
        <h4>Connections</h4>
        {edges.length === 0 && <p className="vl-muted">None. Drag from the handle on the right of a node to connect.</p>}
        <ul className="vl-connection-list">
          {edges.map((e) => {
            const out = e.source === el.id;
            const other = t.nodes.get(out ? e.target : e.source);
            return (
              <li key={e.id}>
                <button type="button" className="vl-linklike" onClick={() => focusElement(e.id)}>
                  {out ? `${RELATION_ENDS[e.relation].label} ${other?.name ?? '?'}` : `${other?.name ?? '?'} ${RELATION_ENDS[e.relation].label} this`}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
