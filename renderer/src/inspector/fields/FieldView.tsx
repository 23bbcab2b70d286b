import { useId } from 'react';
import type { Field, Option } from '../fieldTypes';
import { checkText, formatVlanList, parseNumber, parseVlanList } from '../units';
import { ParsedInput } from './ParsedInput';
import { PowerField } from './PowerField';
import { RowsField } from './RowsField';

export interface FieldProps<F extends Field = Field> {
  field: F;
  value: unknown;
  /** Commits a new value for this field, plus any properties the choice brings along. */
  onCommit(value: unknown, extra?: Record<string, unknown>): void;
  compact?: boolean;
}

const sameArray = (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
const optionKey = (v: string | null) => (v === null ? '' : v);

function SelectField({ field, value, onCommit, compact }: FieldProps<Extract<Field, { type: 'select' }>>) {
  const id = useId();
  const current = value === null || value === undefined ? '' : String(value);
  const known = field.options.some((o) => optionKey(o.value) === current);
  return (
    <div className={`vl-field${compact ? ' vl-field-compact' : ''}`}>
      <label htmlFor={id}>{field.label}</label>
      <select
        id={id}
        className="vl-input"
        value={current}
        onChange={(e) => {
          const opt = field.options.find((o) => optionKey(o.value) === e.target.value);
          if (!opt) return;
          onCommit(opt.value, field.apply?.(opt.value));
        }}
      >
        {!known && <option value={current}>{current} (not in the list)</option>}
        {field.options.map((o: Option) => <option key={optionKey(o.value)} value={optionKey(o.value)}>{o.label}</option>)}
      </select>
      {field.help && !compact && <div className="vl-field-help">{field.help}</div>}
    </div>
  );
}

function ToggleField({ field, value, onCommit }: FieldProps<Extract<Field, { type: 'toggle' }>>) {
  return (
    <label className="vl-check">
      <input type="checkbox" checked={value === true} onChange={(e) => onCommit(e.target.checked)} />
      <span>{field.label}</span>
    </label>
  );
}

function FlagsField({ field, value, onCommit }: FieldProps<Extract<Field, { type: 'flags' }>>) {
  const set = new Set(Array.isArray(value) ? (value as string[]) : []);
  const extra = [...set].filter((v) => !field.options.some((o) => o.value === v));
  return (
    <fieldset className="vl-fieldset">
      <legend>{field.label}</legend>
      {field.options.map((o) => (
        <label key={o.value} className="vl-check">
          <input
            type="checkbox"
            checked={set.has(o.value!)}
            onChange={(e) => {
              const next = new Set(set);
              if (e.target.checked) next.add(o.value!); else next.delete(o.value!);
              onCommit([...field.options.map((x) => x.value!).filter((v) => next.has(v)), ...extra]);
            }}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function GroupField({ field, value, onCommit }: FieldProps<Extract<Field, { type: 'group' }>>) {
  const obj = (value ?? {}) as Record<string, unknown>;
  return (
    <fieldset className="vl-fieldset">
      <legend>{field.label}</legend>
      {field.fields.map((f) => (
        <FieldView key={f.key} field={f} value={obj[f.key]} onCommit={(v, extra) => onCommit({ ...obj, [f.key]: v, ...extra })} />
      ))}
    </fieldset>
  );
}

/** Renders one field of a form by its type. */
export function FieldView({ field, value, onCommit, compact }: FieldProps) {
  switch (field.type) {
    case 'text':
      return <ParsedInput label={field.label} value={String(value ?? '')} parse={(s) => checkText(s, field.format)} same={(v) => v === value} onCommit={onCommit} help={field.help} placeholder={field.placeholder} compact={!!compact} />;
    case 'number':
      return <ParsedInput label={field.label} value={typeof value === 'number' ? String(value) : ''} parse={(s) => parseNumber(s, field)} same={(v) => v === value} onCommit={onCommit} unit={field.unit} help={field.help} inputMode="decimal" compact={!!compact} />;
    case 'vlans':
      return <ParsedInput label={field.label} value={formatVlanList(Array.isArray(value) ? (value as number[]) : [])} parse={parseVlanList} same={(v) => sameArray(v, value)} onCommit={onCommit} help={field.help} placeholder="none" compact={!!compact} />;
    case 'tags':
      return <ParsedInput label={field.label} value={Array.isArray(value) ? value.join(', ') : ''} parse={(s) => ({ ok: true, value: [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))] })} same={(v) => sameArray(v, value)} onCommit={onCommit} help={field.help} placeholder={field.placeholder} />;
    case 'select': return <SelectField field={field} value={value} onCommit={onCommit} compact={!!compact} />;
    case 'toggle': return <ToggleField field={field} value={value} onCommit={onCommit} />;
    case 'flags': return <FlagsField field={field} value={value} onCommit={onCommit} />;
    case 'group': return <GroupField field={field} value={value} onCommit={onCommit} />;
    case 'rows': return <RowsField field={field} value={value} onCommit={onCommit} />;
    case 'power': return <PowerField field={field} value={value} onCommit={onCommit} />;
    case 'readonly':
      return <div className="vl-field"><span className="vl-field-label">{field.label}</span><span className="vl-readonly">{field.format(value)}</span></div>;
  }
}
