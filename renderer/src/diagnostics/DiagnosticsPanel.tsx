import { useMemo, useState } from 'react';
import type { Finding, Severity } from '../../../shared/engine/rules/types';
import { focusElement } from '../canvas/flowHandle';
import { findingsOf, useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { FindingCard } from './FindingCard';
import { countFindings, groupFindings } from './groupFindings';
import './diagnostics.css';

const TITLE: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

const focusFinding = (f: Finding) => {
  const id = f.targets[0];
  if (id) focusElement(id);
};

/** Problems: every finding of the live validation, by severity, with explanations and quick-fixes. */
export function DiagnosticsPanel() {
  const open = useUi((s) => s.diagnostics);
  const snapshot = useDesign((s) => s.snapshot);
  const findings = useMemo(() => findingsOf(snapshot), [snapshot]);
  const counts = countFindings(findings);
  const [hidden, setHidden] = useState<Set<Severity>>(new Set());
  const groups = useMemo(() => groupFindings(findings).filter((g) => !hidden.has(g.severity)), [findings, hidden]);
  const toggle = (s: Severity) => {
    const next = new Set(hidden);
    if (next.has(s)) next.delete(s); else next.add(s);
    setHidden(next);
  };
  return (
    <section className={`vl-diagnostics${open ? ' is-open' : ''}`} aria-label="Diagnostics" data-testid="diagnostics">
      <header className="vl-diagnostics-head">
        <button type="button" className="vl-diagnostics-title" aria-expanded={open} onClick={() => useUi.getState().toggleDiagnostics()}>
          <span className="vl-caret" aria-hidden="true">{open ? '▾' : '▸'}</span> Diagnostics
        </button>
        {(['error', 'warning', 'info'] as const).map((s) => (
          <button key={s} type="button" className={`vl-sev-filter vl-sev-filter-${s}${hidden.has(s) ? ' is-off' : ''}`} aria-pressed={!hidden.has(s)} title={`${hidden.has(s) ? 'Show' : 'Hide'} ${TITLE[s].toLowerCase()}`} onClick={() => toggle(s)}>
            <span className={`vl-sev vl-sev-${s}`} aria-hidden="true" /> {counts[s]} <span className="vl-sr">{TITLE[s]}</span>
          </button>
        ))}
      </header>
      {open && (
        <div className="vl-diagnostics-body">
          {snapshot && findings.length === 0 && <p className="vl-muted" data-testid="no-findings">No problems found. Rules run live as you edit.</p>}
          {groups.map((g) => (
            <div key={g.severity} className="vl-diagnostics-group" role="group" aria-label={TITLE[g.severity]}>
              <h4>{TITLE[g.severity]} ({g.findings.length})</h4>
              {g.findings.map((f) => <FindingCard key={f.key ?? `${f.ruleId}|${f.targets.join(',')}|${f.message}`} finding={f} onFocus={focusFinding} />)}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
