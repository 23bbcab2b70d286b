import { memo } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RoundTelemetry } from '../../../shared/engine/sim/migration/telemetry';
import { mib, seconds } from './format';
import { roundPoints, type RoundPoint } from './migrationView';
import { visibleRows } from './RoundsTable';
import { PHASE_LABEL } from './timeline';
import { useThemeColors } from './useThemeColors';

interface Props {
  rows: readonly RoundTelemetry[];
  /** Row in flight during playback (highlighted), or null. */
  current: number | null;
  /** Threshold policy: the line the dirty set must get under. */
  thresholdMiB?: number | null;
}

/**
 * Per-round chart: bars for the data each round sent, a line for the dirty memory left after it.
 * A converging pre-copy shows both shrinking geometrically (by λ = D/R per round); a migration that
 * cannot converge shows them flat at the writable working set.
 */
export const RoundsChart = memo(function RoundsChart({ rows, current, thresholdMiB }: Props) {
  const c = useThemeColors();
  const all = roundPoints(rows);
  // Thousands of bars tell nothing more than a few hundred: keep the first rounds and the end.
  const { head, tail, hidden } = visibleRows(all.length, 240);
  const data = hidden > 0 ? [...all.slice(0, head), ...all.slice(all.length - tail)] : all;
  const phaseColor = (p: RoundPoint['phase']) => (p === 'live' ? c.accent : p === 'postcopy' || p === 'device-state' ? c.post : c.warning);
  const summary = data.length
    ? `Per-round chart: ${data.length} rows. ${data.map((d) => `${d.label} sent ${mib(d.sentMiB)}, ${mib(d.remainingMiB)} left dirty`).slice(0, 12).join('; ')}${data.length > 12 ? '; …' : ''}.`
    : 'No rows.';
  return (
    <figure className="vl-sim-chart" aria-label="Data sent per round and dirty memory remaining" data-testid="rounds-chart">
      <figcaption className="vl-sim-chart-caption">
        Data sent per round <span className="vl-sim-key vl-sim-key-bar" aria-hidden="true" /> and dirty memory left after it <span className="vl-sim-key vl-sim-key-line" aria-hidden="true" />
      </figcaption>
      <p className="vl-sr">{summary}</p>
      {hidden > 0 && <p className="vl-sim-small-text vl-muted">Showing the first {head} and the last {tail} of {all.length} rows.</p>}
      <div className="vl-sim-chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" minWidth={120} minHeight={120}>
          <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
            <CartesianGrid stroke={c.border} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" stroke={c.muted} tick={{ fill: c.muted, fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis stroke={c.muted} tick={{ fill: c.muted, fontSize: 11 }} width={64} tickFormatter={(v: number) => mib(v)} />
            <Tooltip
              contentStyle={{ background: c.panel, border: `1px solid ${c.border}`, color: c.text, borderRadius: 6, fontSize: 12 }}
              labelStyle={{ color: c.text, fontWeight: 600 }}
              formatter={(value, name) => [mib(Number(value)), String(name)]}
              labelFormatter={(_label, payload) => {
                const p = payload?.[0]?.payload as RoundPoint | undefined;
                return p ? `${p.phase === 'live' ? `Round ${p.label.slice(1)}` : PHASE_LABEL[p.phase]} · ${seconds(p.durationS)}` : '';
              }}
              cursor={{ fill: c.border, fillOpacity: 0.3 }}
            />
            <Legend wrapperStyle={{ display: 'none' }} />
            <Bar dataKey="sentMiB" name="Sent this round" isAnimationActive={false} maxBarSize={42}>
              {data.map((d) => (
                <Cell key={d.index} fill={phaseColor(d.phase)} fillOpacity={current === null || current === d.index ? 1 : 0.45} stroke={current === d.index ? c.text : 'none'} />
              ))}
            </Bar>
            <Line dataKey="remainingMiB" name="Dirty after it" stroke={c.line} strokeWidth={2} dot={{ r: 2.5, fill: c.line }} isAnimationActive={false} type="linear" />
            {thresholdMiB ? <ReferenceLine y={thresholdMiB} stroke={c.muted} strokeDasharray="4 4" label={{ value: `threshold ${mib(thresholdMiB)}`, fill: c.muted, fontSize: 10, position: 'insideTopRight' }} /> : null}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
});
