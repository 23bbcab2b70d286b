import { useEffect, useRef } from 'react';
import type { NodeId } from '../../../shared/model';
import { focusElement } from '../canvas/flowHandle';
import { destinationChoices, hostOf, vmChoices } from '../simulation/migrationForm';
import { openMigrationLab } from '../simulation/simActions';
import { useDesign } from '../store/designStore';
import { preflightView } from './migrationCheck';
import { checkMigration, closeMigrationCheck, runMigrationCheck, useMigrationCheck } from './migrationCheckStore';

const SEVERITY_MARK = { error: '✕', warning: '!', info: 'i' } as const;

/** The pre-flight of "Check migration to…": verdict, facts, then hypervisor, CPU, storage, network, capacity. */
export function MigrationCheckDialog() {
  const check = useMigrationCheck((s) => s.check);
  const snapshot = useDesign((s) => s.snapshot);
  const closeButton = useRef<HTMLButtonElement>(null);
  const opened = !!check;
  useEffect(() => { if (opened) closeButton.current?.focus(); }, [opened]);
  if (!check || !snapshot) return null;
  const t = snapshot.design.topology;
  const name = (id: NodeId) => t.nodes.get(id)?.name ?? id;
  const view = check.result ? preflightView(check.result, name) : null;
  const stale = check.revision !== null && check.revision !== snapshot.revision;
  // The Migration lab takes VMs that run on a hypervisor and destination hosts that carry one.
  const destHost = t.nodes.has(check.destination) ? hostOf(t, check.destination) : null;
  const labReady = vmChoices(snapshot.design).some((c) => c.id === check.vm)
    && !!destHost && destinationChoices(snapshot.design, check.vm).some((c) => c.id === destHost);
  const show = (id: NodeId) => { closeMigrationCheck(); focusElement(id); };
  return (
    <div
      className="vl-modal-backdrop"
      onMouseDown={(e) => { if (e.target === e.currentTarget) closeMigrationCheck(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); closeMigrationCheck(); } }}
    >
      <div className="vl-modal vl-preflight" role="dialog" aria-modal="true" aria-label="Migration pre-flight" data-testid="migration-check">
        <h2>Migration pre-flight: {name(check.vm)} → {name(check.destination)}</h2>
        {check.status === 'checking' && <p role="status">Checking…</p>}
        {check.status === 'failed' && <p role="alert" className="vl-preflight-refused">{check.error}</p>}
        {view && (
          <>
            <p className={`vl-preflight-verdict is-${view.verdict.kind}`} data-testid="preflight-verdict">{view.verdict.text}</p>
            {stale && <p className="vl-muted">The design has changed since this check: check again for a current answer.</p>}
            <ul className="vl-preflight-facts">{view.facts.map((f) => <li key={f}>{f}</li>)}</ul>
            <div className="vl-preflight-groups">
              {view.sections.map((s) => (
                <section key={s.category} aria-label={s.label} data-testid={`preflight-${s.category}`}>
                  <h3>{s.label}{s.issues.some((i) => i.severity === 'error') ? ' — blocked' : ''}</h3>
                  {s.issues.length === 0 ? <p className="vl-muted">No issues.</p> : (
                    <ul>
                      {s.issues.map((issue, i) => (
                        <li key={i} className={`is-${issue.severity}`}>
                          <span className="vl-preflight-mark" aria-label={issue.severity}>{SEVERITY_MARK[issue.severity]}</span>
                          <span>{issue.message}</span>
                          {issue.targets[0] && (
                            <button type="button" className="vl-button vl-preflight-show" onClick={() => show(issue.targets[0] as NodeId)} title="Close and show it on the canvas">Show</button>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              ))}
            </div>
          </>
        )}
        <div className="vl-modal-actions">
          <button type="button" className="vl-button" onClick={() => { closeMigrationCheck(); void checkMigration(check.vm); }}>Other destination…</button>
          {stale && <button type="button" className="vl-button" onClick={() => void runMigrationCheck(check.vm, check.destination)}>Check again</button>}
          <button
            type="button"
            className="vl-button"
            disabled={!labReady}
            title={labReady ? 'Open the Simulation panel\'s Migration lab with this VM and destination' : 'The Migration lab needs a VM on a hypervisor and a destination host that carries one'}
            onClick={() => { closeMigrationCheck(); openMigrationLab(check.vm, destHost!); }}
          >Open in Migration Lab</button>
          <button ref={closeButton} type="button" className="vl-button vl-primary" onClick={closeMigrationCheck}>Close</button>
        </div>
      </div>
    </div>
  );
}
