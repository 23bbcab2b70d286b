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
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
    setError(null);
  }
  const commit = () => {
    const p = parse(draft);
    if (!p.ok) { setError(p.error); return; }
    setError(null);
    if (!same(p.value)) onCommit(p.value);
    else setDraft(value);
  };
  return (
    <div className={`vl-field${compact ? ' vl-field-compact' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className={`vl-input-wrap${error ? ' is-invalid' : ''}`}>
        <input
          id={id}
          className="vl-input"
          value={draft}
          placeholder={placeholder}
          inputMode={inputMode}
          spellCheck={false}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : help ? `${id}-help` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) { const p = parse(e.target.value); setError(p.ok ? null : p.error); }
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); commit(); }
            if (e.key === 'Escape') { setDraft(value); setError(null); }
          }}
        />
        {unit && <span className="vl-unit" aria-hidden="true">{unit}</span>}
      </div>
      {error ? <div id={`${id}-error`} className="vl-field-error" role="alert">{error}</div> : help && <div id={`${id}-help`} className="vl-field-help">{help}</div>}
    </div>
  );
}
