import { useMemo, useState, type FormEvent } from 'react';
import type { NodeId } from '../../../shared/model';
import { focusElement } from '../canvas/flowHandle';
import { useDesign } from '../store/designStore';
import { HELP } from './concepts';
import { eventLines, namer, vmVerdict, type EventLine } from './eventText';
import { clock, seconds } from './format';
import { Hint } from './Hint';
import { destinationChoices, vmChoices } from './migrationForm';
import { PlaybackBar } from './PlaybackBar';
import { blankAction, hostChoices, linkChoices, QUICK_LABEL, quickFromSelection, quickScenario, type QuickAction } from './quickScenario';
import { useSim } from './simStore';

/** Tab c: run the design's scenarios or a quick one, then replay it: timeline, events, every VM's fate. */
export function ScenarioTab() {
  const snapshot = useDesign((s) => s.snapshot);
  const selection = useDesign((s) => s.selection);
  const run = useSim((s) => s.scenario);
  const sim = useSim.getState();
  const scenarios = snapshot?.design.scenarios ?? [];
  const [source, setSource] = useState<'design' | 'quick'>(scenarios.length ? 'design' : 'quick');
  const [chosen, setChosen] = useState(0);
  const [seed, setSeed] = useState('');
  const [duration, setDuration] = useState('');
  const [actions, setActions] = useState<QuickAction[]>(() => {
    const first = snapshot ? quickFromSelection(snapshot.design, selection) : null;
    return [first ?? blankAction('failHost')];
  });
  const [error, setError] = useState<string | null>(null);
  if (!snapshot) return null;
  const design = snapshot.design;
  const busy = run.status === 'running';
  const useDesignScenarios = source === 'design' && scenarios.length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setError(null);
    if (useDesignScenarios) {
      const s = scenarios[Math.min(chosen, scenarios.length - 1)]!;
      const n = seed.trim() === '' ? undefined : Number(seed);
      if (n !== undefined && !Number.isInteger(n)) return setError('The seed is a whole number.');
      void sim.runScenario({ name: s.name }, n);
      return;
    }
    const q = quickScenario(actions, seed, duration);
    if (!q.ok) return setError(q.error);
    void sim.runScenario(q.scenario, q.scenario.seed);
  };

  const update = (i: number, a: QuickAction) => setActions(actions.map((x, j) => (j === i ? a : x)));
  const hosts = hostChoices(design);
  const links = linkChoices(design);
  const vms = vmChoices(design);

  return (
    <div className="vl-sim-lab">
      <form className="vl-sim-form" onSubmit={submit} aria-label="Scenario set-up" data-testid="scenario-form">
        <div className="vl-sim-segmented" role="radiogroup" aria-label="Which scenario">
          <label className={useDesignScenarios ? 'is-on' : ''} title={scenarios.length ? 'Scenarios saved with the design' : 'This design has no saved scenarios'}>
            <input type="radio" name="vl-sim-src" checked={useDesignScenarios} disabled={scenarios.length === 0} onChange={() => setSource('design')} /> Design's scenarios ({scenarios.length})
          </label>
          <label className={!useDesignScenarios ? 'is-on' : ''}>
            <input type="radio" name="vl-sim-src" checked={!useDesignScenarios} onChange={() => setSource('quick')} /> Quick scenario
          </label>
        </div>
        {useDesignScenarios ? (
          <label className="vl-sim-input-label">
            <span>Scenario</span>
            <select className="vl-input" value={chosen} onChange={(e) => setChosen(Number(e.target.value))} data-testid="scenario-choice">
              {scenarios.map((s, i) => <option key={i} value={i}>{s.name} — {s.actions.length} action(s), seed {s.seed}</option>)}
            </select>
          </label>
        ) : (
          <fieldset className="vl-sim-fieldset">
            <legend>Actions <span className="vl-muted">(times in simulated seconds)</span></legend>
            <ol className="vl-sim-quick">
              {actions.map((a, i) => (
                <li key={i} className="vl-sim-quick-line" aria-label={`Action ${i + 1}`}>
                  <select className="vl-input" aria-label={`Action ${i + 1} type`} value={a.type} onChange={(e) => update(i, blankAction(e.target.value as QuickAction['type']))}>
                    {(Object.keys(QUICK_LABEL) as QuickAction['type'][]).map((k) => <option key={k} value={k}>{QUICK_LABEL[k]}</option>)}
                  </select>
                  {(a.type === 'failHost' || a.type === 'powerHost') && (
                    <select className="vl-input" aria-label={`Action ${i + 1} host`} value={a.host} onChange={(e) => update(i, { ...a, host: e.target.value as NodeId })} data-testid={`quick-host-${i}`}>
                      <option value="">Host…</option>
                      {hosts.map((h) => <option key={h.id} value={h.id}>{h.label} ({h.detail})</option>)}
                    </select>
                  )}
                  {a.type === 'powerHost' && (
                    <select className="vl-input" aria-label={`Action ${i + 1} power`} value={a.on ? 'on' : 'off'} onChange={(e) => update(i, { ...a, on: e.target.value === 'on' })}>
                      <option value="off">off</option>
                      <option value="on">on</option>
                    </select>
                  )}
                  {a.type === 'cutLink' && (
                    <select className="vl-input" aria-label={`Action ${i + 1} link`} value={a.link} onChange={(e) => update(i, { ...a, link: e.target.value })}>
                      <option value="">Link…</option>
                      {links.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
                    </select>
                  )}
                  {a.type === 'migrate' && (
                    <>
                      <select className="vl-input" aria-label={`Action ${i + 1} VM`} value={a.vm} onChange={(e) => update(i, { ...a, vm: e.target.value as NodeId, to: '' })}>
                        <option value="">VM…</option>
                        {vms.map((v) => <option key={v.id} value={v.id}>{v.label}</option>)}
                      </select>
                      <select className="vl-input" aria-label={`Action ${i + 1} destination`} value={a.to} onChange={(e) => update(i, { ...a, to: e.target.value as NodeId })}>
                        <option value="">to…</option>
                        {destinationChoices(design, a.vm || null).map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                      </select>
                    </>
                  )}
                  <label className="vl-sim-at"><span>at</span><input className="vl-input" inputMode="decimal" value={a.at} aria-label={`Action ${i + 1} time (s)`} onChange={(e) => update(i, { ...a, at: e.target.value })} /><span>s</span></label>
                  <button type="button" className="vl-button vl-sim-icon" aria-label={`Remove action ${i + 1}`} onClick={() => setActions(actions.filter((_, j) => j !== i))} disabled={actions.length === 1}>×</button>
                </li>
              ))}
            </ol>
            <div className="vl-sim-pair">
              <button type="button" className="vl-button vl-sim-small" onClick={() => setActions([...actions, blankAction('failHost')])}>+ Add action</button>
              <button type="button" className="vl-button vl-sim-small" onClick={() => { const a = quickFromSelection(design, useDesign.getState().selection); if (a) setActions([...actions, a]); else useDesign.getState().notify('info', 'Select a host (to fail it) or an uplink (to cut it) on the canvas first.'); }}>+ From selection</button>
            </div>
            <label className="vl-sim-input-label"><span>Duration (s, empty = until nothing is left to happen)</span><input className="vl-input" inputMode="decimal" value={duration} onChange={(e) => setDuration(e.target.value)} /></label>
          </fieldset>
        )}
        <label className="vl-sim-input-label">
          <span>Seed <Hint text={HELP.seed} label="the seed" /></span>
          <input className="vl-input" inputMode="numeric" value={seed} placeholder={useDesignScenarios ? `scenario's own (${scenarios[Math.min(chosen, scenarios.length - 1)]?.seed ?? 1})` : '1'} onChange={(e) => setSeed(e.target.value)} data-testid="scenario-seed" />
        </label>
        {error && <p className="vl-sim-field-error" role="alert">{error}</p>}
        <p className="vl-muted vl-sim-small-text">{HELP.ha} <Hint text={HELP.admission} label="admission control" /></p>
        <div className="vl-sim-actions">
          <button type="submit" className="vl-button vl-primary" disabled={busy} data-testid="run-scenario">{busy ? 'Running…' : 'Run scenario'}</button>
          {busy && <button type="button" className="vl-button" onClick={() => void sim.cancel()}>Cancel</button>}
        </div>
      </form>
      <ScenarioResults />
    </div>
  );
}

function ScenarioResults() {
  const run = useSim((s) => s.scenario);
  const isPlaying = useSim((s) => s.playing === 'scenario');
  const position = useSim((s) => (s.playing === 'scenario' ? s.playback?.position ?? 0 : null));
  const design = run.design;
  const lines = useMemo(() => (run.outcome && design ? eventLines(run.outcome.log, design) : []), [run.outcome, design]);
  if (run.status === 'idle') {
    return (
      <section className="vl-sim-results vl-sim-empty" aria-label="Scenario results">
        <p>A scenario is a list of timed actions — fail a host, cut a link, migrate VMs — played against the design with a seed. The run reports every VM's fate and why, and replays on the canvas.</p>
      </section>
    );
  }
  if (run.status === 'running') {
    const p = run.progress;
    return (
      <section className="vl-sim-results" aria-label="Scenario results">
        <div className="vl-sim-progress" data-testid="run-progress">
          <div className="vl-sim-progress-track" role="progressbar" aria-label="Scenario progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={p?.fraction == null ? undefined : Math.round(p.fraction * 100)}>
            <span className={p?.fraction == null ? 'is-indeterminate' : ''} style={p?.fraction == null ? undefined : { width: `${Math.round(p.fraction * 100)}%` }} />
          </div>
          <span className="vl-muted">Simulating… {p ? `${seconds(p.t)} simulated, ${p.events} events` : ''}</span>
        </div>
      </section>
    );
  }
  if (run.status === 'failed' || !run.outcome || !design) return <section className="vl-sim-results"><p className="vl-sim-note is-bad" role="alert">{run.error ?? 'The run failed.'}</p></section>;
  const { report, log, cancelled } = run.outcome;
  const name = namer(design);
  const end = run.timeline?.end ?? report.endTimeS;
  return (
    <section className="vl-sim-results" aria-label="Scenario results" data-testid="scenario-results">
      <p className="vl-sim-explain">
        <strong>{report.scenario}</strong> (seed {report.seed}) ran {seconds(report.endTimeS)} of simulated time ({log.length} logged events){cancelled ? ' — cancelled, showing what happened so far' : ''}.
        {' '}{report.vms.filter((v) => v.lost).length > 0 && <span className="vl-sim-bad">{report.vms.filter((v) => v.lost).length} VM(s) lost. </span>}
        {report.hosts.filter((h) => h.failed).length > 0 && <>Failed: {report.hosts.filter((h) => h.failed).map((h) => h.name).join(', ')}.</>}
      </p>
      <div className="vl-sim-play-row">
        {isPlaying ? <PlaybackBar label={`scenario ${report.scenario}`} /> : <button type="button" className="vl-button" onClick={() => useSim.getState().show('scenario')}>Replay on the canvas</button>}
      </div>
      <EventStrip lines={lines} end={end} position={position} />
      <div className="vl-sim-data">
        <EventList lines={lines} position={position} />
        <div className="vl-sim-table-wrap" tabIndex={0} role="region" aria-label="VM outcomes">
          <table className="vl-sim-table vl-sim-outcomes" data-testid="vm-outcomes">
            <caption>Every VM's fate</caption>
            <thead><tr><th scope="col">VM</th><th scope="col">Outcome</th><th scope="col">HA priority</th><th scope="col">Why</th></tr></thead>
            <tbody>
              {report.vms.map((v) => {
                const verdict = vmVerdict(v, report, log);
                const vmEl = design.topology.nodes.get(v.vm);
                return (
                  <tr key={v.vm}>
                    <th scope="row"><button type="button" className="vl-linklike" onClick={() => focusElement(v.vm)}>{v.name}</button></th>
                    <td><span className={`vl-sim-pill is-${verdict.tone}`}>{verdict.verdict}</span>{v.host ? <span className="vl-muted"> on {name(v.host)}</span> : null}</td>
                    <td>{vmEl?.kind === 'vm' ? vmEl.haPriority : '—'}</td>
                    <td>{v.summary}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

const seekTo = (t: number) => {
  const s = useSim.getState();
  s.show('scenario');
  s.pause();
  s.seek(t);
};

/** The run as a strip: a mark per event at its time, coloured by what it means; the playhead over it. */
function EventStrip({ lines, end, position }: { lines: EventLine[]; end: number; position: number | null }) {
  const span = end > 0 ? end : 1;
  const marks = lines.filter((l) => l.tone !== 'info' || l.text.startsWith('Action'));
  return (
    <div className="vl-sim-strip" role="group" aria-label="Timeline of events" data-testid="event-strip">
      <div className="vl-sim-strip-axis" aria-hidden="true"><span>0:00.0</span><span>{clock(end)}</span></div>
      <div className="vl-sim-strip-track">
        {marks.map((l) => (
          <button key={l.seq} type="button" className={`vl-sim-mark is-${l.tone}`} style={{ left: `${(l.t / span) * 100}%` }} title={`${clock(l.t)} — ${l.text}`} aria-label={`${clock(l.t)}: ${l.text}`} onClick={() => seekTo(l.t)} />
        ))}
        {position !== null && <span className="vl-sim-strip-head" style={{ left: `${(position / span) * 100}%` }} aria-hidden="true" />}
      </div>
    </div>
  );
}

function EventList({ lines, position }: { lines: EventLine[]; position: number | null }) {
  return (
    <div className="vl-sim-table-wrap" tabIndex={0} role="region" aria-label="Events">
      <ol className="vl-sim-events" data-testid="event-list">
        {lines.map((l) => (
          <li key={l.seq} className={`is-${l.tone}${position !== null && l.t > position ? ' is-future' : ''}`}>
            <button type="button" className="vl-linklike vl-sim-time" onClick={() => seekTo(l.t)} title="Move the playhead here">{clock(l.t)}</button>
            <span>{l.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
