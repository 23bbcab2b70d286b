import { useDesign, findingsOf } from '../store/designStore';
import { useUi } from '../store/uiStore';

/** Counts and findings at a glance. */
export function StatusBar() {
  const snapshot = useDesign((s) => s.snapshot);
  if (!snapshot) return <footer className="vl-status">Starting the engine…</footer>;
  const nodes = [...snapshot.design.topology.nodes.values()];
  const count = (k: string) => nodes.filter((n) => n.kind === k).length;
  const findings = findingsOf(snapshot);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <footer className="vl-status" data-testid="status-bar">
      <span>{count('host')} hosts</span>
      <span>{count('vm')} VMs</span>
      <span>{count('container')} containers</span>
      <span>{snapshot.design.topology.edges.size} connections</span>
      <button type="button" className="vl-status-findings" title="Show Diagnostics (F8: next problem)" onClick={() => useUi.getState().setDiagnostics(true)}>
        <span className={errors ? 'vl-status-error' : ''}>{errors} errors</span>
        <span className={warnings ? 'vl-status-warning' : ''}>{warnings} warnings</span>
      </button>
    </footer>
  );
}
