import { GENERIC_SERVER, HP_ML110_G4, HP_ML110_G5, type PowerModel } from '../../../../shared/model';
import type { Field } from '../fieldTypes';
import { parseNumber } from '../units';
import { ParsedInput } from './ParsedInput';
import type { FieldProps } from './FieldView';

const PRESETS: { id: string; label: string; model: PowerModel }[] = [
  { id: 'generic', label: 'Generic server (linear 120–350 W)', model: GENERIC_SERVER },
  { id: 'g4', label: 'HP ProLiant ML110 G4 (SPECpower)', model: HP_ML110_G4 },
  { id: 'g5', label: 'HP ProLiant ML110 G5 (SPECpower)', model: HP_ML110_G5 },
];
const watts = { unit: 'W' as const, min: 0, max: 100_000 };
const num = (s: string) => parseNumber(s, watts);

/** A host's power model: linear (idle → max) or a table of 11 points at 0, 10 … 100 % load. */
export function PowerField({ value, onCommit }: FieldProps<Extract<Field, { type: 'power' }>>) {
  const model = value as PowerModel;
  const toLinear = (): PowerModel => (model.type === 'linear' ? model : { type: 'linear', idleW: model.pointsW[0] ?? 100, maxW: model.pointsW[10] ?? 300 });
  const toTable = (): PowerModel => {
    if (model.type === 'table') return model;
    return { type: 'table', pointsW: Array.from({ length: 11 }, (_, i) => +(model.idleW + ((model.maxW - model.idleW) * i) / 10).toFixed(1)) };
  };
  return (
    <fieldset className="vl-fieldset">
      <legend>Power model</legend>
      <div className="vl-field">
        <label htmlFor="vl-power-preset">Preset</label>
        <select id="vl-power-preset" className="vl-input" value="" onChange={(e) => { const p = PRESETS.find((x) => x.id === e.target.value); if (p) onCommit(structuredClone(p.model)); }}>
          <option value="">Apply a preset…</option>
          {PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
      </div>
      <div className="vl-field">
        <label htmlFor="vl-power-type">Model</label>
        <select id="vl-power-type" className="vl-input" value={model.type} onChange={(e) => onCommit(e.target.value === 'linear' ? toLinear() : toTable())}>
          <option value="linear">Linear: idle + (max − idle) × load</option>
          <option value="table">Table: 11 measured points (0–100 % load)</option>
        </select>
      </div>
      {model.type === 'linear' ? (
        <div className="vl-row">
          <ParsedInput compact label="Idle" unit="W" value={String(model.idleW)} parse={num} same={(v) => v === model.idleW}
            onCommit={(v) => onCommit({ ...model, idleW: v as number })} />
          <ParsedInput compact label="Max" unit="W" value={String(model.maxW)} parse={(s) => parseNumber(s, { ...watts, min: model.idleW })} same={(v) => v === model.maxW}
            onCommit={(v) => onCommit({ ...model, maxW: v as number })} />
        </div>
      ) : (
        <div className="vl-power-table">
          {model.label && <p className="vl-muted">{model.label}</p>}
          {model.pointsW.map((w, i) => (
            <ParsedInput key={i} compact label={`${i * 10} %`} unit="W" value={String(w)} parse={num} same={(v) => v === w}
              onCommit={(v) => onCommit({ type: 'table', pointsW: model.pointsW.map((x, j) => (j === i ? (v as number) : x)) })} />
          ))}
        </div>
      )}
    </fieldset>
  );
}
