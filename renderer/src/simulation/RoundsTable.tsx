import { memo } from 'react';
import type { RoundTelemetry } from '../../../shared/engine/sim/migration/telemetry';
import { FIELD_HELP } from './concepts';
import { bytes, mib, ms, seconds, trim } from './format';
import { rowLabels } from './migrationView';

/** Columns of the per-round table: QEMU's query-migrate names where one exists. */
const COLUMNS: { key: string; head: string; cell: (r: RoundTelemetry) => string; raw?: (r: RoundTelemetry) => string }[] = [
  { key: 'phase', head: 'phase', cell: (r) => r.phase },
  { key: 'startS', head: 'start', cell: (r) => seconds(r.startS) },
  { key: 'durationS', head: 'duration', cell: (r) => seconds(r.durationS) },
  { key: 'sentMiB', head: 'sent', cell: (r) => mib(r.sentMiB) },
  { key: 'transferred', head: 'transferred', cell: (r) => bytes(r.transferred), raw: (r) => `${r.transferred} bytes` },
  { key: 'remaining', head: 'remaining', cell: (r) => bytes(r.remaining), raw: (r) => `${r.remaining} bytes` },
  { key: 'dirty-pages-rate', head: 'dirty-pages-rate', cell: (r) => `${trim(r['dirty-pages-rate'], 0)}/s` },
  { key: 'mbps', head: 'mbps', cell: (r) => trim(r.mbps, 1) },
  { key: 'dirty-sync-count', head: 'dirty-sync-count', cell: (r) => String(r['dirty-sync-count']) },
  { key: 'expected-downtime', head: 'expected-downtime', cell: (r) => ms(r['expected-downtime']) },
  { key: 'downtime', head: 'downtime', cell: (r) => ms(r.downtime) },
  { key: 'postcopy-requests', head: 'postcopy-requests', cell: (r) => String(Math.round(r['postcopy-requests'])) },
  { key: 'cpu-throttle-percentage', head: 'cpu-throttle-percentage', cell: (r) => `${r['cpu-throttle-percentage']} %` },
];

/** Above this many rows the table shows the first and last ones (a QEMU run can sync thousands of times). */
export const TABLE_LIMIT = 300;

/** Which row indexes a table of `n` rows shows, and how many it leaves out in the middle. */
export function visibleRows(n: number, limit = TABLE_LIMIT): { head: number; tail: number; hidden: number } {
  if (n <= limit) return { head: n, tail: 0, hidden: 0 };
  const head = Math.ceil(limit * 0.7);
  const tail = limit - head;
  return { head, tail, hidden: n - head - tail };
}

/** The engine's telemetry, one row per round, with QEMU's field names as column heads. */
export const RoundsTable = memo(function RoundsTable({ rows, current, onPick }: { rows: readonly RoundTelemetry[]; current: number | null; onPick?: (index: number) => void }) {
  const labels = rowLabels(rows);
  const { head, tail, hidden } = visibleRows(rows.length);
  const shown = [...rows.slice(0, head).map((r, i) => ({ r, i })), ...rows.slice(rows.length - tail).map((r, k) => ({ r, i: rows.length - tail + k }))];
  return (
    <div className="vl-sim-table-wrap" tabIndex={0} role="region" aria-label="Per-round telemetry (scrolls)">
      <table className="vl-sim-table" data-testid="rounds-table">
        <caption className="vl-sr">Per-round telemetry; column names are QEMU's query-migrate fields.</caption>
        <thead>
          <tr>
            <th scope="col" title={FIELD_HELP.round}>round</th>
            {COLUMNS.map((c) => <th key={c.key} scope="col" title={FIELD_HELP[c.key]}>{c.head}</th>)}
          </tr>
        </thead>
        <tbody>
          {shown.map(({ r, i }) => (
            <tr key={i} className={`vl-sim-row-${r.phase}${current === i ? ' is-current' : ''}`} aria-current={current === i ? 'step' : undefined}>
              <th scope="row">
                {onPick ? <button type="button" className="vl-linklike" title="Jump the playback to the end of this row" onClick={() => onPick(i)}>{labels[i]}</button> : labels[i]}
              </th>
              {COLUMNS.map((c) => <td key={c.key} title={c.raw?.(r)}>{c.cell(r)}</td>)}
            </tr>
          )).flatMap((row, k) => (hidden > 0 && k === head ? [<tr key="gap" className="vl-sim-gap"><td colSpan={COLUMNS.length + 1}>… {hidden} more rows (rows {head + 1}–{head + hidden}) …</td></tr>, row] : [row]))}
        </tbody>
      </table>
    </div>
  );
});
