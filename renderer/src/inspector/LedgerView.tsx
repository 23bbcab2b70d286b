import { useEffect, useState } from 'react';
import type { Ledger, LedgerLine } from '../../../shared/engine/ledger/types';
import type { NodeId } from '../../../shared/model';
import { fetchLedger } from './ledgerClient';

const fmt = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : String(+n.toFixed(1)));

function LineView({ line }: { line: LedgerLine }) {
  const [open, setOpen] = useState(false);
  const share = line.capacity > 0 ? line.used / line.capacity : line.used > 0 ? Infinity : 0;
  const level = share > 1 ? 'over' : share > 0.85 ? 'high' : 'ok';
  return (
    <div className={`vl-ledger-line is-${level}`} data-testid="ledger-line">
      <button type="button" className="vl-ledger-summary" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className="vl-ledger-label">{line.label}</span>
        <span className="vl-ledger-figures">{fmt(line.used)} / {fmt(line.capacity)} {line.unit}{Number.isFinite(share) ? ` · ${Math.round(share * 100)} %` : ''}</span>
      </button>
      <div className="vl-meter" role="meter" aria-label={line.label} aria-valuemin={0} aria-valuemax={line.capacity} aria-valuenow={line.used}>
        <span style={{ width: `${Math.min(100, Number.isFinite(share) ? share * 100 : 100)}%` }} />
      </div>
      {open && (
        <div className="vl-ledger-detail">
          {line.items.length > 0 && <ul>{line.items.map((it, i) => <li key={`${it.label}-${i}`}>{it.label}: {fmt(it.amount)} {line.unit}</li>)}</ul>}
          {line.assumptions.length > 0 && (
            <>
              <p className="vl-muted">Assumptions:</p>
              <ul>{line.assumptions.map((a) => <li key={a}>{a}</li>)}</ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** The capacity ledger of a host, cluster or pool: used against capacity per resource, with its assumptions. */
export function LedgerView({ id, revision }: { id: NodeId; revision: number }) {
  const [ledger, setLedger] = useState<{ for: string; value: Ledger | null } | null>(null);
  useEffect(() => {
    let live = true;
    void fetchLedger(id).then((value) => { if (live) setLedger({ for: `${id}@${revision}`, value }); });
    return () => { live = false; };
  }, [id, revision]);
  if (!ledger?.value || ledger.value.lines.length === 0) return null;
  return (
    <section className="vl-inspector-section" aria-label="Capacity ledger" data-testid="ledger">
      <h4>Capacity</h4>
      {ledger.value.lines.map((l) => <LineView key={l.resource} line={l} />)}
    </section>
  );
}
