import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PackingAlgorithm } from '../../../shared/engine/sim/consolidation/binPacking';
import { focusElement } from '../canvas/flowHandle';
import { useDesign } from '../store/designStore';
import { HELP } from './concepts';
import { applyPlanCommand, energyView, stepText, type EnergyView } from './consolidationView';
import { namer } from './eventText';
import { energy, trim } from './format';
import { Hint } from './Hint';
import { useSim } from './simStore';
import { useThemeColors } from './useThemeColors';

const ALGORITHMS: { id: PackingAlgorithm; label: string; help: string }[] = [
  { id: 'ffd', label: 'First-Fit Decreasing (FFD)', help: HELP.ffd },
  { id: 'bfd', label: 'Best-Fit Decreasing (BFD)', help: HELP.bfd },
];

/** Tab d: pack the design's VMs onto fewer hosts, the migration order that gets there, and the energy saved. */
export function ConsolidationTab() {
  const c = useSim((s) => s.consolidation);
  const [algorithm, setAlgorithm] = useState<PackingAlgorithm>(c.algorithm);
  const busy = c.status === 'running';
  return (
    <div className="vl-sim-lab">
      <form className="vl-sim-form" aria-label="Consolidation set-up" onSubmit={(e) => { e.preventDefault(); if (!busy) void useSim.getState().runConsolidation(algorithm); }}>
        <fieldset className="vl-sim-fieldset">
          <legend>Placement algorithm</legend>
          {ALGORITHMS.map((a) => (
            <label key={a.id} className="vl-sim-check">
              <input type="radio" name="vl-sim-alg" value={a.id} checked={algorithm === a.id} onChange={() => setAlgorithm(a.id)} /> {a.label} <Hint text={a.help} label={a.label} />
            </label>
          ))}
        </fieldset>
        <p className="vl-muted vl-sim-small-text">Each VM's demand is its average CPU use (vCPUs × CPU %) and its RAM; hosts offer their hardware threads and the RAM their hypervisor allows. The plan never overfills a host at any step: a VM holds room on its destination before it leaves its source.</p>
        <div className="vl-sim-actions">
          <button type="submit" className="vl-button vl-primary" disabled={busy} data-testid="run-consolidation">{busy ? 'Planning…' : 'Plan consolidation'}</button>
        </div>
      </form>
      <ConsolidationResults />
    </div>
  );
}

function ConsolidationResults() {
  const c = useSim((s) => s.consolidation);
  const snapshot = useDesign((s) => s.snapshot);
  const design = c.design;
  const energyOf = useMemo(() => (c.plan && design ? energyView(design, c.plan) : null), [c.plan, design]);
  const [applied, setApplied] = useState(false);
  if (c.status === 'idle') {
    return (
      <section className="vl-sim-results vl-sim-empty" aria-label="Consolidation results">
        <p>Consolidation packs the running VMs onto as few hosts as fit them, so the others can be switched off. It is bin packing in two dimensions (CPU and RAM); the plan then orders the migrations so that no host is ever overfilled along the way.</p>
      </section>
    );
  }
  if (c.status === 'running') return <section className="vl-sim-results" aria-label="Consolidation results"><p className="vl-muted" role="status">Planning…</p></section>;
  if (c.status === 'failed' || !c.plan || !design || !energyOf) return <section className="vl-sim-results"><p className="vl-sim-note is-bad" role="alert">{c.error ?? 'Planning failed.'}</p></section>;
  const plan = c.plan;
  const name = namer(design);
  const p = plan.plan;
  const stale = snapshot && c.revision !== snapshot.revision;
  const apply = async () => {
    const s = useDesign.getState();
    if (!s.snapshot) return;
    const cmd = applyPlanCommand(s.snapshot.design, plan);
    if (!cmd.ok) return s.notify('error', cmd.reason);
    if (await s.run(cmd.command)) {
      setApplied(true);
      s.notify('info', `Applied the ${plan.algorithm.toUpperCase()} plan (Undo reverts it).`);
    }
  };
  return (
    <section className="vl-sim-results" aria-label="Consolidation results" data-testid="consolidation-results">
      <p className="vl-sim-explain">
        <strong>{plan.algorithm.toUpperCase()}:</strong> {plan.vms.length} running VM(s) on {plan.hostsBefore} host(s) fit on <strong>{plan.hostsAfter}</strong>.
        {' '}{p.steps.length === 0 ? 'No migration is needed.' : `${p.steps.length} migration step(s).`}
        {' '}{p.hostsToSwitchOff.length > 0 ? <>Can be switched off: <strong>{p.hostsToSwitchOff.map(name).join(', ')}</strong>.</> : 'No host can be switched off.'}
      </p>
      {plan.packing.unplaced.length > 0 && (
        <p className="vl-sim-note is-bad">Not placed: {plan.packing.unplaced.map((u) => `${name(u.vm)} (${u.reason})`).join('; ')}.</p>
      )}
      {p.needsScratch && (
        <p className="vl-sim-note is-warn" data-testid="scratch-note">
          A swap needed a scratch host: {p.scratchHosts.map(name).join(', ')} held a VM for a while so that two moves waiting on each other could go ahead. <Hint text={HELP.scratchHost} label="a scratch host" />
        </p>
      )}
      {p.blocked && <p className="vl-sim-note is-bad">Blocked: {p.blocked.vms.map(name).join(', ')} — {p.blocked.reason}.</p>}
      <div className="vl-sim-data">
        <div className="vl-sim-table-wrap" tabIndex={0} role="region" aria-label="Migration plan">
          <ol className="vl-sim-plan" data-testid="consolidation-plan">
            {p.steps.map((s, i) => (
              <li key={i} className={`is-${s.kind}`}>
                <button type="button" className="vl-linklike" onClick={() => focusElement(s.vm)}>{stepText(s, name)}</button>
              </li>
            ))}
            {p.steps.length === 0 && <li className="vl-muted">Nothing to move.</li>}
          </ol>
        </div>
        <EnergyChart energy={energyOf} />
      </div>
      <div className="vl-sim-play-row">
        <button type="button" className="vl-button vl-primary" disabled={applied || (p.steps.length === 0 && p.hostsToSwitchOff.length === 0)} onClick={() => void apply()} title="Nest each moved VM in its new host and switch the emptied hosts off, as one undoable step">Apply plan to design</button>
        {stale && <span className="vl-muted">The design has changed since this plan was made.</span>}
      </div>
    </section>
  );
}

function EnergyChart({ energy: e }: { energy: EnergyView }) {
  const c = useThemeColors();
  const data = e.hosts.map((h) => ({ name: h.name, before: Number(h.beforeW.toFixed(1)), after: Number(h.afterW.toFixed(1)), off: h.switchedOff }));
  const summary = `Power before ${trim(e.beforeW, 1)} W, after ${trim(e.afterW, 1)} W: ${energy(e.beforeKWhPerDay)} per day before, ${energy(e.afterKWhPerDay)} after, ${trim(e.savedPercent, 1)} % less.`;
  return (
    <figure className="vl-sim-chart" aria-label="Power per host before and after" data-testid="energy-chart">
      <figcaption className="vl-sim-chart-caption">
        Energy: <strong>{energy(e.beforeKWhPerDay)}/day</strong> before → <strong>{energy(e.afterKWhPerDay)}/day</strong> after ({trim(e.savedPercent, 1)} % less), at today's CPU load.
      </figcaption>
      <p className="vl-sr">{summary} {e.hosts.map((h) => `${h.name}: ${trim(h.beforeW, 1)} W before, ${h.switchedOff ? 'switched off' : `${trim(h.afterW, 1)} W`} after`).join('; ')}.</p>
      <div className="vl-sim-chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" minWidth={120} minHeight={120}>
          <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
            <CartesianGrid stroke={c.border} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" stroke={c.muted} tick={{ fill: c.muted, fontSize: 11 }} />
            <YAxis stroke={c.muted} tick={{ fill: c.muted, fontSize: 11 }} width={52} unit=" W" />
            <Tooltip contentStyle={{ background: c.panel, border: `1px solid ${c.border}`, color: c.text, borderRadius: 6, fontSize: 12 }} formatter={(v, n) => [`${v} W`, String(n)]} cursor={{ fill: c.border, fillOpacity: 0.3 }} />
            <Legend wrapperStyle={{ fontSize: 11, color: c.muted }} />
            <Bar dataKey="before" name="Before" fill={c.muted} isAnimationActive={false} maxBarSize={36} />
            <Bar dataKey="after" name="After (0 W = switched off)" fill={c.ok} isAnimationActive={false} maxBarSize={36} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
