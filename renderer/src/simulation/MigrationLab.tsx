import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { PreflightResult } from '../../../shared/engine/preflight/types';
import { PREFLIGHT_CATEGORIES } from '../../../shared/engine/preflight/types';
import type { MigrationMode, NodeId, StopPolicy } from '../../../shared/model';
import { focusElement } from '../canvas/flowHandle';
import { useDesign } from '../store/designStore';
import { applyMigrationCommand } from './applyResult';
import { HELP, MODE_HELP, MODE_LABEL, POLICY_HELP, POLICY_LABEL } from './concepts';
import { mibsToMbps } from '../../../shared/engine/sim/migration/telemetry';
import { clock, mbps, mib, rate, seconds } from './format';
import { Hint } from './Hint';
import { defaultMaxRounds, destinationChoices, policyFields, vmChoices, type MigrationForm } from './migrationForm';
import { migrationView } from './migrationView';
import { PlaybackBar } from './PlaybackBar';
import { RoundsChart } from './RoundsChart';
import { RoundsTable } from './RoundsTable';
import { useSim } from './simStore';
import { rowIndexAt } from './timeline';
import { useFrame } from './useFrame';

const MODES: MigrationMode[] = ['precopy', 'postcopy', 'hybrid', 'cold'];
const POLICIES: StopPolicy[] = ['qemu', 'threshold', 'xen-legacy', 'xen-v2'];

function Field({ label, help, unit, error, children }: { label: string; help?: string; unit?: string; error?: string | undefined; children: ReactNode }) {
  return (
    <div className={`vl-sim-field${error ? ' is-invalid' : ''}`}>
      <span className="vl-sim-field-label">{children}{unit && <span className="vl-sim-unit">{unit}</span>}{help && <Hint text={help} label={label} />}</span>
      {error && <span className="vl-sim-field-error" role="alert">{error}</span>}
    </div>
  );
}

function NumberInput({ name, label, form, placeholder, error }: { name: keyof MigrationForm; label: string; form: MigrationForm; placeholder?: string; error?: string | undefined }) {
  return (
    <label className="vl-sim-input-label">
      <span>{label}</span>
      <input
        className="vl-input"
        inputMode="decimal"
        value={String(form[name])}
        placeholder={placeholder}
        aria-invalid={!!error}
        onChange={(e) => useSim.getState().setForm({ [name]: e.target.value } as Partial<MigrationForm>)}
        data-testid={`mig-${name}`}
      />
    </label>
  );
}

/** Tab a: set up one migration, check it, run it, read and replay its rounds. */
export function MigrationLab() {
  const snapshot = useDesign((s) => s.snapshot);
  const form = useSim((s) => s.form);
  const errors = useSim((s) => s.formErrors);
  const run = useSim((s) => s.migration);
  const sim = useSim.getState();
  const design = snapshot?.design ?? null;
  const vms = useMemo(() => (design ? vmChoices(design) : []), [design]);
  const dests = useMemo(() => (design ? destinationChoices(design, form.vm) : []), [design, form.vm]);
  const fields = policyFields(form.mode, form.policy);
  const busy = run.status === 'checking' || run.status === 'running';
  const needsVm = form.vm !== null && !vms.some((v) => v.id === form.vm);
  const needsDest = form.vm !== null && !needsVm && !(form.destination && dests.some((d) => d.id === form.destination)) && dests.length > 0;

  // The design changed under the form (the VM moved or went): keep the choices valid.
  useEffect(() => {
    if (needsVm) useSim.getState().chooseVm(vms[0]?.id ?? null);
    else if (needsDest) useSim.getState().setForm({ destination: dests[0]!.id });
  }, [needsVm, needsDest, vms, dests]);
  if (!design) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) void sim.runMigration();
  };

  return (
    <div className="vl-sim-lab">
      <form className="vl-sim-form" onSubmit={submit} aria-label="Migration set-up" data-testid="migration-form">
        {vms.length === 0 && <p className="vl-sim-note">This design has no VM on a hypervisor yet: add a host, a hypervisor in it and a VM in that, and a second host to migrate to.</p>}
        <div className="vl-sim-pair">
          <label className="vl-sim-input-label">
            <span>VM</span>
            <select className="vl-input" value={form.vm ?? ''} onChange={(e) => sim.chooseVm((e.target.value || null) as NodeId | null)} aria-invalid={!!errors.vm} data-testid="mig-vm">
              <option value="">Choose a VM…</option>
              {vms.map((v) => <option key={v.id} value={v.id}>{v.label} — {v.detail}</option>)}
            </select>
          </label>
          <label className="vl-sim-input-label">
            <span>Destination host</span>
            <select className="vl-input" value={form.destination ?? ''} onChange={(e) => sim.setForm({ destination: (e.target.value || null) as NodeId | null })} aria-invalid={!!errors.destination} data-testid="mig-destination">
              <option value="">Choose a host…</option>
              {dests.map((d) => <option key={d.id} value={d.id}>{d.label} — {d.detail}</option>)}
            </select>
          </label>
        </div>
        {(errors.vm || errors.destination) && <p className="vl-sim-field-error" role="alert">{errors.vm ?? errors.destination}</p>}
        <button type="button" className="vl-linklike vl-sim-small" onClick={() => sim.pickFromSelection()} title="A selected VM becomes the VM; a selected host or hypervisor becomes the destination">Use the canvas selection</button>

        <fieldset className="vl-sim-fieldset">
          <legend>Mode <Hint text={MODE_HELP[form.mode]} label={MODE_LABEL[form.mode]} /></legend>
          <div className="vl-sim-segmented" role="radiogroup" aria-label="Migration mode">
            {MODES.map((m) => (
              <label key={m} className={form.mode === m ? 'is-on' : ''} title={MODE_HELP[m]}>
                <input type="radio" name="vl-sim-mode" value={m} checked={form.mode === m} onChange={() => sim.setForm({ mode: m })} />
                {MODE_LABEL[m].replace(' (live)', '')}
              </label>
            ))}
          </div>
        </fieldset>

        {form.mode === 'precopy' && (
          <fieldset className="vl-sim-fieldset">
            <legend>Stop policy <Hint text={POLICY_HELP[form.policy]} label={POLICY_LABEL[form.policy]} /></legend>
            <select className="vl-input" value={form.policy} onChange={(e) => sim.setForm({ policy: e.target.value as StopPolicy })} aria-label="Stop policy" data-testid="mig-policy">
              {POLICIES.map((p) => <option key={p} value={p}>{POLICY_LABEL[p]}</option>)}
            </select>
            <div className="vl-sim-pair">
              {fields.threshold && (
                <Field label="the threshold" help={HELP.threshold} error={errors.thresholdMiB}><NumberInput name="thresholdMiB" label="Threshold (MiB)" form={form} error={errors.thresholdMiB} /></Field>
              )}
              {fields.maxRounds && (
                <Field label="the round cap" help={HELP.rounds} error={errors.maxRounds}><NumberInput name="maxRounds" label="Max live rounds" form={form} placeholder={defaultMaxRounds(form.policy)} error={errors.maxRounds} /></Field>
              )}
              {fields.qemu && (
                <>
                  <Field label="the downtime limit" help={HELP.downtimeLimit} error={errors.downtimeLimitMs}><NumberInput name="downtimeLimitMs" label="Downtime limit (ms)" form={form} error={errors.downtimeLimitMs} /></Field>
                  <Field label="max-bandwidth" help={HELP.maxBandwidth} error={errors.maxBandwidthMiBs}><NumberInput name="maxBandwidthMiBs" label="Max bandwidth (MiB/s)" form={form} error={errors.maxBandwidthMiBs} /></Field>
                </>
              )}
            </div>
            {fields.qemu && (
              <div className="vl-sim-pair">
                <label className="vl-sim-check">
                  <input type="checkbox" checked={form.autoConverge} onChange={(e) => sim.setForm({ autoConverge: e.target.checked })} /> Auto-converge <Hint text={HELP.autoConverge} label="auto-converge" />
                </label>
                <Field label="switching to post-copy" help={HELP.postcopyAfter} error={errors.postcopyAfterSyncs}><NumberInput name="postcopyAfterSyncs" label="Post-copy after (syncs)" form={form} placeholder="never" error={errors.postcopyAfterSyncs} /></Field>
              </div>
            )}
          </fieldset>
        )}

        <fieldset className="vl-sim-fieldset">
          <legend>Workload <span className="vl-muted">(defaults from the VM)</span></legend>
          <div className="vl-sim-pair">
            <Field label="the dirty rate" help={HELP.dirtyRate} error={errors.dirtyRateMiBs}><NumberInput name="dirtyRateMiBs" label="Dirty rate (MiB/s)" form={form} error={errors.dirtyRateMiBs} /></Field>
            <Field label="the writable working set" help={HELP.wws} error={errors.wwsMiB}><NumberInput name="wwsMiB" label="WWS (MiB)" form={form} error={errors.wwsMiB} /></Field>
            <Field label="the seed" help={HELP.seed} error={errors.seed}><NumberInput name="seed" label="Seed" form={form} error={errors.seed} /></Field>
          </div>
        </fieldset>

        <div className="vl-sim-actions">
          <button type="submit" className="vl-button vl-primary" disabled={busy} data-testid="run-migration">{run.status === 'checking' ? 'Checking…' : run.status === 'running' ? 'Running…' : 'Check and run'}</button>
          {busy && <button type="button" className="vl-button" onClick={() => void sim.cancel()} data-testid="cancel-run">Cancel</button>}
        </div>
      </form>
      <MigrationResults />
    </div>
  );
}

function PreflightView({ result, refused }: { result: PreflightResult; refused: boolean }) {
  const design = useDesign((s) => s.snapshot?.design);
  const issues = PREFLIGHT_CATEGORIES.flatMap((c) => [...result.groups[c].errors, ...result.groups[c].warnings, ...result.groups[c].infos]);
  const errors = issues.filter((i) => i.severity === 'error');
  const [open, setOpen] = useState(refused);
  const name = (id: string) => design?.topology.nodes.get(id as NodeId)?.name ?? id;
  return (
    <section className={`vl-sim-preflight${refused ? ' is-refused' : ''}`} aria-label="Pre-flight check" data-testid="preflight">
      <header>
        <strong>{refused ? `Refused: ${errors.length} pre-flight error${errors.length === 1 ? '' : 's'}` : 'Pre-flight passed'}</strong>
        <span className="vl-muted"> · {name(result.source.host ?? result.source.hypervisor)} → {name(result.destination.host)}{result.conversion ? ' · conversion (V2V)' : ''}{result.storageMigration.needed ? ` · storage migration of ${result.storageMigration.copyGiB} GiB` : ''}</span>
        {!refused && issues.length > 0 && <button type="button" className="vl-linklike vl-sim-small" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Hide' : 'Show'} {issues.length} note{issues.length === 1 ? '' : 's'}</button>}
      </header>
      {(open || refused) && (
        <ul className="vl-sim-issues">
          {PREFLIGHT_CATEGORIES.map((c) => {
            const g = result.groups[c];
            const list = [...g.errors, ...g.warnings, ...(refused ? [] : g.infos)];
            if (list.length === 0) return null;
            return (
              <li key={c}>
                <span className="vl-sim-issue-cat">{c}</span>
                <ul>
                  {list.map((i, k) => (
                    <li key={k} className={`vl-sim-issue vl-sim-issue-${i.severity}`}>
                      <span className={`vl-sev vl-sev-${i.severity}`} aria-hidden="true" /> <span className="vl-sr">{i.severity}: </span>{i.message}
                      {i.targets[0] && <button type="button" className="vl-linklike vl-sim-small" onClick={() => focusElement(i.targets[0]!)}>show</button>}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ProgressBar({ fraction, label }: { fraction: number | null; label: string }) {
  return (
    <div className="vl-sim-progress" data-testid="run-progress">
      <div className="vl-sim-progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}>
        <span className={fraction === null ? 'is-indeterminate' : ''} style={fraction === null ? undefined : { width: `${Math.round(fraction * 100)}%` }} />
      </div>
      <span className="vl-muted">{label}</span>
    </div>
  );
}

function MigrationResults() {
  const run = useSim((s) => s.migration);
  const form = useSim((s) => s.form);
  const isPlaying = useSim((s) => s.playing === 'migration');
  const snapshot = useDesign((s) => s.snapshot);
  const frame = useFrame();
  const dirty = run.request?.workload.dirtyRateMiBs ?? null;
  const view = useMemo(() => {
    if (!run.outcome) return null;
    const { report, log } = run.outcome;
    return migrationView(log, report.migrations[0]?.summary ?? null, dirty);
  }, [run.outcome, dirty]);
  const refusals = run.outcome ? run.outcome.log.flatMap((e) => (e.type === 'refused' ? [e.reason] : [])) : [];

  if (run.status === 'idle') {
    return (
      <section className="vl-sim-results vl-sim-empty" aria-label="Migration results">
        <p>Pick a VM and a destination, then <strong>Check and run</strong>. The pre-flight check runs first; the migration is then simulated over the design's own network and can be replayed on the canvas round by round.</p>
        <p className="vl-muted">{MODE_HELP[form.mode]}</p>
      </section>
    );
  }

  const frameOf = isPlaying && frame ? frame.migrations.find((m) => m.id === view?.track.id) ?? null : null;
  const currentRow = frameOf && view && frame ? rowIndexAt(view.track, frame.t) : null;
  const vmName = run.request ? snapshot?.design.topology.nodes.get(run.request.vm)?.name ?? run.request.vm : '';
  const destName = run.request ? snapshot?.design.topology.nodes.get(run.request.destination)?.name ?? run.request.destination : '';
  const stale = run.revision !== null && snapshot && snapshot.revision !== run.revision;

  const apply = async () => {
    const s = useDesign.getState();
    if (!s.snapshot || !run.request) return;
    const cmd = applyMigrationCommand(s.snapshot.design, run.request.vm, run.request.destination, run.preflight?.destination.hypervisor ?? null);
    if (!cmd.ok) {
      s.notify('error', cmd.reason);
      return;
    }
    if (await s.run(cmd.command)) {
      useSim.getState().markApplied(`Applied: ${vmName} now runs on ${cmd.hypervisor.name} in ${destName}. Undo (Ctrl+Z) reverts it.`);
      s.notify('info', `Applied: ${vmName} moved to ${destName}.`);
    }
  };

  return (
    <section className="vl-sim-results" aria-label="Migration results" data-testid="migration-results">
      {run.applied && <p className="vl-sim-note is-good" role="status" data-testid="applied-note">{run.applied}</p>}
      {run.preflight && <PreflightView key={run.request ? `${run.request.vm}>${run.request.destination}` : ''} result={run.preflight} refused={run.status === 'refused'} />}
      {run.status === 'checking' && <ProgressBar fraction={null} label="Pre-flight check…" />}
      {run.status === 'running' && (
        <>
          <ProgressBar fraction={run.progress?.fraction ?? null} label={`Simulating over the design's migration network… ${run.progress ? `${seconds(run.progress.t)} simulated, ${run.progress.events} events` : ''}`} />
        </>
      )}
      {run.status === 'done' && run.outcome?.cancelled && <p className="vl-sim-note is-warn" role="status">Cancelled: showing what happened until then.</p>}
      {run.status === 'done' && refusals.length > 0 && <p className="vl-sim-note is-bad" role="alert">The engine refused the migration: {refusals.join('; ')}.</p>}
      {run.status === 'failed' && <p className="vl-sim-note is-bad" role="alert">{run.error}</p>}
      {view && view.summary && (
        <>
          <div className="vl-sim-play-row">
            {isPlaying ? <PlaybackBar label={`the migration of ${vmName}`} /> : !run.applied && <button type="button" className="vl-button" onClick={() => useSim.getState().show('migration')}>Replay on the canvas</button>}
            {view.completed && !run.applied && (
              <button type="button" className="vl-button vl-primary" onClick={() => void apply()} title="Nest the VM into the destination hypervisor in the design (one undoable step). The simulation never changes the design by itself." data-testid="apply-result">
                Apply result to design
              </button>
            )}
          </div>
          {isPlaying && frameOf && frame && (
            <p className="vl-sim-live" data-testid="live-readout" aria-live="off">
              <strong>{frameOf.label}</strong>
              {frameOf.status === 'running' && frameOf.rowMiB > 0 && <> · {mib(frameOf.rowMiB)} this {frameOf.phase === 'live' ? 'round' : 'phase'} ({Math.round(frameOf.rowFraction * 100)} %)</>}
              {' '}· {mib(frameOf.sentMiB)} sent · the destination holds {Math.round(frameOf.copied * 100)} % of the memory, current
              {frameOf.paused && <> · <span className="vl-sim-paused">guest paused</span></>}
              <span className="vl-muted"> · t = {clock(frame.t)}</span>
            </p>
          )}
          <p className="vl-sr" role="status">{`Migration of ${vmName} simulated: ${view.figures.map((f) => `${f.label} ${f.value}`).join(', ')}.`}</p>
          <p className="vl-sim-run-head">
            {MODE_LABEL[view.summary.mode]}{view.summary.mode === 'precopy' ? ` · ${POLICY_LABEL[view.summary.policy]}` : ''} · {vmName} → {destName}
            {view.networkMiBs !== null && <> · network {rate(view.networkMiBs)} ({mbps(mibsToMbps(view.networkMiBs))})</>}
          </p>
          <dl className="vl-sim-figures" data-testid="migration-figures">
            {view.figures.map((f) => (
              <div key={f.key} className={`vl-sim-figure vl-sim-figure-${f.key}${f.key === 'converged' ? (view.summary!.converged ? ' is-good' : ' is-warn') : ''}`}>
                <dt>{f.label} <Hint text={HELP[f.key === 'total' ? 'totalTime' : f.key === 'sent' ? 'dataSent' : f.key]} label={f.label.toLowerCase()} /></dt>
                <dd data-testid={`figure-${f.key}`}>{f.value}</dd>
                <dd className="vl-sim-figure-detail">{f.detail}</dd>
              </div>
            ))}
          </dl>
          <p className={`vl-sim-explain${view.completed ? '' : ' is-warn'}`} data-testid="stop-reason">
            <strong>{view.completed ? 'Why it stopped: ' : 'Not completed: '}</strong>{view.explanation}
            {view.lambda && <span className="vl-sim-lambda"> {view.lambda}</span>}
          </p>
          {stale && !run.applied && <p className="vl-sim-note">The design has changed since this run; its figures describe the design as it was.</p>}
          <div className="vl-sim-data">
            <RoundsChart rows={view.rows} current={currentRow} thresholdMiB={view.summary.policy === 'threshold' && view.summary.mode === 'precopy' ? Number(run.request?.options.thresholdMiB ?? 30) : null} />
            <RoundsTable rows={view.rows} current={currentRow} onPick={(i) => { const s = useSim.getState(); s.show('migration'); s.pause(); s.seek(view.track.rows[i]!.endT); }} />
          </div>
        </>
      )}
    </section>
  );
}
