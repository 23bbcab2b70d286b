import type { TextFormat, Unit } from './units';

export interface Option { value: string | null; label: string }

interface Base { key: string; label: string; help?: string }

/** One input of an inspector form, described from the model (units, ranges, choices). */
export type Field =
  | Base & { type: 'text'; format?: TextFormat; placeholder?: string }
  | Base & { type: 'number'; unit?: Unit; min?: number; max?: number; integer?: boolean }
  | Base & { type: 'select'; options: readonly Option[]; /** Extra properties a choice brings along (a hypervisor family's defaults). */ apply?: (value: string | null) => Record<string, unknown> }
  | Base & { type: 'toggle' }
  | Base & { type: 'flags'; options: readonly Option[] }
  | Base & { type: 'vlans' }
  | Base & { type: 'tags'; placeholder?: string }
  | Base & { type: 'group'; fields: readonly Field[] }
  | Base & { type: 'rows'; fields: readonly Field[]; newRow: Record<string, unknown>; itemLabel: string; minRows?: number }
  | Base & { type: 'power' }
  | Base & { type: 'readonly'; format: (value: unknown) => string };

export interface Section { title: string; fields: readonly Field[] }

export const opts = (...pairs: [string, string][]): Option[] => pairs.map(([value, label]) => ({ value, label }));
