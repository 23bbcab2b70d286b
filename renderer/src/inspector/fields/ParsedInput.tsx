import { useId, useState } from 'react';
import type { Parsed } from '../units';

interface Props {
  label: string;
  /** The committed value, formatted for the input. */
  value: string;
  parse(text: string): Parsed<unknown>;
  /** Is the parsed value the same as the committed one (then nothing is sent)? */
  same(parsed: unknown): boolean;
  onCommit(value: unknown): void;
  unit?: string | undefined;
  help?: string | undefined;
  placeholder?: string | undefined;
  inputMode?: 'decimal' | 'text' | undefined;
  compact?: boolean;
}

/**
 * A text input that commits on Enter or blur, only when what was typed parses; otherwise it shows
 * the reason under the field and sends nothing. Escape restores the committed value. When the
 * value changes from outside (undo, another panel), the input follows.
 */
export function ParsedInput({ label, value, parse, same, onCommit, unit, help, placeholder, inputMode, compact }: Props) {
  const id = useId();
  // What the user typed, and the committed value it was typed over: when that value changes from
  // outside (undo, another panel), the draft no longer applies and the input shows the new value.
  const [draft, setDraft] = useState<{ base: string; text: string; error: string | null } | null>(null);
  const live = draft && draft.base === value ? draft : null;
  const text = live ? live.text : value;
  const error = live?.error ?? null;
  const commit = () => {
    if (!live) return;
    const p = parse(live.text);
    if (!p.ok) { setDraft({ ...live, error: p.error }); return; }
    if (same(p.value)) { setDraft(null); return; }
    // Keep showing what was typed until the engine's new value arrives (then the draft lapses).
    setDraft({ ...live, error: null });
    onCommit(p.value);
  };
  return (
    <div className={`vl-field${compact ? ' vl-field-compact' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className={`vl-input-wrap${error ? ' is-invalid' : ''}`}>
        <input
          id={id}
          className="vl-input"
          value={text}
          placeholder={placeholder}
          inputMode={inputMode}
          spellCheck={false}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : help && !compact ? `${id}-help` : undefined}
          title={compact ? help : undefined}
          onChange={(e) => {
            const next = e.target.value;
            // Once an error is shown, re-check as the user types so it clears as soon as the value is good.
            const p = error ? parse(next) : null;
            setDraft({ base: value, text: next, error: p && !p.ok ? p.error : null });
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); commit(); }
            if (e.key === 'Escape') setDraft(null);
          }}
        />
        {unit && <span className="vl-unit" aria-hidden="true">{unit}</span>}
      </div>
      {error ? <div id={`${id}-error`} className="vl-field-error" role="alert">{error}</div> : help && !compact && <div id={`${id}-help`} className="vl-field-help">{help}</div>}
    </div>
  );
}
