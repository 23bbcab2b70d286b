import type { Field } from '../fieldTypes';
import { FieldView, type FieldProps } from './FieldView';

/** A list of objects (NICs, disks, port groups): one compact row each, add and remove. */
export function RowsField({ field, value, onCommit }: FieldProps<Extract<Field, { type: 'rows' }>>) {
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const min = field.minRows ?? 0;
  return (
    <fieldset className="vl-fieldset vl-rows">
      <legend>{field.label}</legend>
      {rows.length === 0 && <p className="vl-muted vl-rows-empty">No {field.itemLabel}s.</p>}
      {rows.map((row, i) => (
        <div key={i} className="vl-row" role="group" aria-label={`${field.itemLabel} ${i + 1}`}>
          {field.fields.map((f) => (
            <FieldView key={f.key} field={f} value={row[f.key]} compact onCommit={(v) => onCommit(rows.map((r, j) => (j === i ? { ...r, [f.key]: v } : r)))} />
          ))}
          <button type="button" className="vl-icon-button" disabled={rows.length <= min} aria-label={`Remove ${field.itemLabel} ${i + 1}`} title={`Remove this ${field.itemLabel}`} onClick={() => onCommit(rows.filter((_, j) => j !== i))}>×</button>
        </div>
      ))}
      <button type="button" className="vl-button vl-small" onClick={() => onCommit([...rows, structuredClone(field.newRow)])}>+ Add {field.itemLabel}</button>
    </fieldset>
  );
}
