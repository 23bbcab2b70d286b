import { useId, useRef, useState } from 'react';
import type { ProjectSettings } from '../../../shared/model';
import { findingsOf, useDesign } from '../store/designStore';
import {
  checkDraft, defaultDraft, draftOf, SETTING_RULES, SETTING_SECTIONS, settingsCommand, usedByText,
  type NumberSetting, type NumberSettingKey, type SettingsDraft, type ToggleSetting,
} from './settingsFields';
import { useSettingsDialog } from './settingsStore';
import '../inspector/inspector.css';
import './settings.css';

/** Edit › Project Settings…: the thresholds and ratios the rules use. Apply sends one setSettings command. */
export function SettingsDialog() {
  const open = useSettingsDialog((s) => s.open);
  const hide = useSettingsDialog((s) => s.hide);
  const current = useDesign((s) => s.snapshot?.design.topology.settings);
  if (!open || !current) return null;
  return <SettingsForm current={current} onClose={hide} />;
}

const RATIO_KEYS = new Set<string>(['vcpuRatio', 'ramOvercommitPercent']);

function SettingsForm({ current, onClose }: { current: ProjectSettings; onClose(): void }) {
  // Only what the person changed is kept; the rest follows the design (undo while the dialog is open).
  const [edits, setEdits] = useState<Partial<SettingsDraft>>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const draft = { ...draftOf(current), ...edits } as SettingsDraft;
  const check = checkDraft(draft);
  const errors: Partial<Record<NumberSettingKey, string>> = check.ok ? {} : check.errors;
  const command = check.ok ? settingsCommand(current, check.settings) : null;

  const edit = (key: keyof SettingsDraft, value: string | boolean) => {
    setEdits((e) => ({ ...e, [key]: value }));
    setStatus(null);
  };
  const touch = (key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));

  const apply = async () => {
    if (!check.ok) {
      // Show every reason at once and put the cursor where the first one is.
      setTouched(new Set(Object.keys(check.errors)));
      form.current?.querySelector<HTMLInputElement>(`[data-setting="${Object.keys(check.errors)[0]}"]`)?.focus();
      return;
    }
    if (!command) return;
    setBusy(true);
    const ok = await useDesign.getState().run(command);
    setBusy(false);
    if (ok) {
      setEdits({});
      setTouched(new Set());
      const n = command.type === 'setSettings' ? Object.keys(command.settings).length : 0;
      setStatus(`Applied ${n} change${n === 1 ? '' : 's'} (Ctrl+Z undoes them).`);
    }
  };

  const dirty = command !== null || !check.ok;
  return (
    <div className="vl-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <form
        ref={form}
        className="vl-modal vl-settings"
        role="dialog"
        aria-modal="true"
        aria-label="Project settings"
        noValidate
        onSubmit={(e) => { e.preventDefault(); void apply(); }}
      >
        <h2>Project settings</h2>
        <p className="vl-muted vl-settings-intro">Thresholds and ratios the rules check this design against. Findings that rely on a setting name it in their assumptions.</p>
        <div className="vl-settings-body">
          {SETTING_SECTIONS.map((section) => (
            <fieldset key={section.title} className="vl-settings-section">
              <legend>{section.title}</legend>
              {section.fields.map((f) => f.type === 'number'
                ? (
                  <NumberRow
                    key={f.key}
                    field={f}
                    text={draft[f.key]}
                    error={touched.has(f.key) ? errors[f.key] : undefined}
                    note={RATIO_KEYS.has(f.key) && draft.useHypervisorRatios ? 'Applies only to hosts without a hypervisor while “Use each hypervisor’s own ratios” is on.' : undefined}
                    autoFocus={f.key === 'vcpuRatio'}
                    onChange={(t) => edit(f.key, t)}
                    onBlur={() => touch(f.key)}
                  />
                )
                : <ToggleRow key={f.key} field={f} checked={draft[f.key]} onChange={(v) => edit(f.key, v)} />)}
            </fieldset>
          ))}
        </div>
        <FindingsNow />
        {status && <p className="vl-settings-status" role="status">{status}</p>}
        <div className="vl-modal-actions">
          <button type="button" className="vl-button vl-settings-reset" onClick={() => { setEdits(defaultDraft()); setStatus('Defaults filled in: Apply to use them.'); }}>Reset to defaults</button>
          <button type="button" className="vl-button" onClick={onClose}>{dirty ? 'Cancel' : 'Close'}</button>
          <button type="submit" className="vl-button vl-primary" disabled={busy || !dirty}>Apply</button>
        </div>
      </form>
    </div>
  );
}

interface NumberRowProps {
  field: NumberSetting;
  text: string;
  error: string | undefined;
  note: string | undefined;
  autoFocus: boolean;
  onChange(text: string): void;
  onBlur(): void;
}

/** A number with its unit, the sentence saying what it means, and the reason when it does not parse. */
function NumberRow({ field, text, error, note, autoFocus, onChange, onBlur }: NumberRowProps) {
  const id = useId();
  return (
    <div className="vl-field vl-setting" data-testid={`setting-${field.key}`}>
      <label htmlFor={id}>{field.label}</label>
      <div className={`vl-input-wrap${error ? ' is-invalid' : ''}`}>
        <input
          id={id}
          className="vl-input"
          data-setting={field.key}
          value={text}
          inputMode="decimal"
          spellCheck={false}
          autoFocus={autoFocus}
          aria-invalid={!!error}
          aria-describedby={`${id}-help`}
          aria-errormessage={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
        {field.unit && <span className="vl-unit" aria-hidden="true">{field.unit}</span>}
      </div>
      {error && <div id={`${id}-error`} className="vl-field-error" role="alert">{error}</div>}
      <div id={`${id}-help`} className="vl-field-help">
        {field.help}
        {note && <span className="vl-settings-note"> {note}</span>}
        <span className="vl-settings-used">{usedByText(field)}</span>
      </div>
    </div>
  );
}

function ToggleRow({ field, checked, onChange }: { field: ToggleSetting; checked: boolean; onChange(v: boolean): void }) {
  const id = useId();
  return (
    <div className="vl-setting" data-testid={`setting-${field.key}`}>
      <label className="vl-check">
        <input type="checkbox" data-setting={field.key} checked={checked} aria-describedby={`${id}-help`} onChange={(e) => onChange(e.target.checked)} />
        <span>{field.label}</span>
      </label>
      <div id={`${id}-help`} className="vl-field-help">{field.help}<span className="vl-settings-used">{usedByText(field)}</span></div>
    </div>
  );
}

/** The design's findings as they are now: they follow each Apply (and undo) live. */
function FindingsNow() {
  const findings = useDesign((s) => findingsOf(s.snapshot));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const bySettings = findings.filter((f) => f.severity !== 'info' && SETTING_RULES.has(f.ruleId)).length;
  return (
    <p className="vl-settings-findings" data-testid="settings-findings" aria-live="polite">
      Findings now: {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}
      {bySettings > 0 && <> ({bySettings} from rules these settings steer)</>}.
    </p>
  );
}
