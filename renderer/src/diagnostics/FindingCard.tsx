import { memo, useState } from 'react';
import type { Finding } from '../../../shared/engine/rules/types';
import { useDesign } from '../store/designStore';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** Runs a quick-fix (one undo step) and says what was done. */
export async function runQuickFix(f: Finding, index: number): Promise<boolean> {
  const fix = f.fixes[index];
  if (!fix) return false;
  const { run, notify } = useDesign.getState();
  const ok = await run(fix.command);
  if (ok) notify('info', `Fixed: ${fix.label}.`);
  return ok;
}

interface Props {
  finding: Finding;
  /** Click on the message: focus its element on the canvas. */
  onFocus?: (f: Finding) => void;
  defaultOpen?: boolean;
}

/** One finding: severity, rule id, message; the explanation and assumptions expand; quick-fix buttons. */
export const FindingCard = memo(function FindingCard({ finding: f, onFocus, defaultOpen = false }: Props) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <article className={`vl-finding vl-finding-${f.severity}`} data-testid="finding" data-rule={f.ruleId}>
      <div className="vl-finding-head">
        <span className={`vl-sev vl-sev-${f.severity}`} aria-label={SEVERITY_LABEL[f.severity]} title={SEVERITY_LABEL[f.severity]} />
        {onFocus ? (
          <button type="button" className="vl-finding-message vl-linklike" onClick={() => onFocus(f)} title="Show on the canvas">{f.message}</button>
        ) : (
          <span className="vl-finding-message">{f.message}</span>
        )}
      </div>
      <div className="vl-finding-meta">
        <code className="vl-rule-id">{f.ruleId}</code>
        <button type="button" className="vl-linklike vl-small" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Hide explanation' : 'Why?'}</button>
      </div>
      {open && (
        <div className="vl-finding-explanation">
          <p>{f.explanation}</p>
          {f.assumptions && f.assumptions.length > 0 && (
            <>
              <p className="vl-muted">Assumptions behind this verdict:</p>
              <ul>{f.assumptions.map((a) => <li key={a}>{a}</li>)}</ul>
            </>
          )}
        </div>
      )}
      {f.fixes.length > 0 && (
        <div className="vl-finding-fixes">
          {f.fixes.map((fix, i) => (
            <button key={fix.label} type="button" className="vl-button vl-small vl-fix" onClick={() => void runQuickFix(f, i)}>{fix.label}</button>
          ))}
        </div>
      )}
    </article>
  );
});
