/** Collects repair warnings: each says what was wrong, where, and what was done about it. */
export class Warnings {
  readonly list: string[] = [];

  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
}

/** `base["key"]` for record entries (ids), `base.key` for properties, `base[3]` for list items. */
export function at(base: string, key: string | number, asEntry = false): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!asEntry && /^[A-Za-z_$][\w$]*$/.test(key)) return `${base}.${key}`;
  return `${base}[${JSON.stringify(key.length > 60 ? `${key.slice(0, 59)}…` : key)}]`;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
