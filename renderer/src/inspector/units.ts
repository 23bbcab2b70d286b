/** Units the inspector shows next to numbers; a value may also be typed in a related unit ("4 GiB" in a MiB field). */
export type Unit = 'MiB' | 'GiB' | 'Mbit/s' | 'MiB/s' | '%' | 'W' | 'MIPS' | 'vCPU' | 'cores' | '×' | 'ports' | 'bytes';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Related units, as multiples of the field's unit's base. */
const FAMILIES: Record<string, Record<string, number>> = {
  memory: { kib: 1 / 1024, mib: 1, gib: 1024, tib: 1024 * 1024 },
  rate: { 'kib/s': 1 / 1024, 'mib/s': 1, 'gib/s': 1024 },
  bandwidth: { 'kbit/s': 0.001, kbps: 0.001, 'mbit/s': 1, mbps: 1, 'gbit/s': 1000, gbps: 1000, 'tbit/s': 1e6 },
};
const FAMILY_OF: Partial<Record<Unit, { family: string; base: string }>> = {
  MiB: { family: 'memory', base: 'mib' },
  GiB: { family: 'memory', base: 'gib' },
  'MiB/s': { family: 'rate', base: 'mib/s' },
  'Mbit/s': { family: 'bandwidth', base: 'mbit/s' },
};
const DECIMAL_HINT: Record<string, string> = { kb: 'KiB', mb: 'MiB', gb: 'GiB', tb: 'TiB' };

export interface NumberRules { unit?: Unit; min?: number; max?: number; integer?: boolean }

const fmt = (n: number) => String(+n.toFixed(6));

/**
 * Parses what a person typed into a number field: a plain number in the field's unit, or a number
 * with a related unit that is converted ("2 GiB" -> 2048 in a MiB field, "10 Gbit/s" -> 10000).
 * Refuses with a sentence that says what is wrong.
 */
export function parseNumber(input: string, rules: NumberRules = {}): Parsed<number> {
  const text = input.trim().replace(/,/g, '');
  if (!text) return { ok: false, error: 'Enter a value.' };
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*([a-z%×/]*)$/i.exec(text);
  if (!m) return { ok: false, error: `“${input.trim()}” is not a number.` };
  let value = Number(m[1]);
  const suffix = (m[2] ?? '').toLowerCase();
  if (suffix) {
    const fam = rules.unit ? FAMILY_OF[rules.unit] : undefined;
    const table = fam ? FAMILIES[fam.family]! : {};
    if (fam && suffix in table) {
      value = (value * table[suffix]!) / table[fam.base]!;
    } else if (rules.unit && suffix === rules.unit.toLowerCase()) {
      // the field's own unit typed out
    } else if (fam && suffix in DECIMAL_HINT) {
      return { ok: false, error: `Use binary units: ${DECIMAL_HINT[suffix]} (1 GiB = 1024 MiB).` };
    } else {
      const known = fam ? Object.keys(table).join(', ') : rules.unit ?? 'no unit';
      return { ok: false, error: `Unknown unit “${m[2]}” here (use ${known}).` };
    }
  }
  if (!Number.isFinite(value)) return { ok: false, error: 'The number is too large.' };
  const unit = rules.unit && rules.unit !== '×' ? ` ${rules.unit}` : '';
  if (rules.integer && !Number.isInteger(value)) return { ok: false, error: `Must be a whole number${unit ? ` of${unit}` : ''} (got ${fmt(value)}).` };
  if (rules.min !== undefined && value < rules.min) return { ok: false, error: `Must be at least ${rules.min}${unit}.` };
  if (rules.max !== undefined && value > rules.max) return { ok: false, error: `Must be at most ${rules.max}${unit}.` };
  return { ok: true, value };
}

/** Parses a VLAN list: "10, 20, 30-32" -> [10, 20, 30, 31, 32] (802.1Q ids 1–4094, sorted, no repeats). */
export function parseVlanList(input: string): Parsed<number[]> {
  const out = new Set<number>();
  for (const token of input.split(/[\s,;]+/).filter(Boolean)) {
    const r = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(token);
    if (!r) return { ok: false, error: `“${token}” is not a VLAN id or range (e.g. 10, 20-25).` };
    const a = Number(r[1]);
    const b = r[2] === undefined ? a : Number(r[2]);
    if (b < a) return { ok: false, error: `Range “${token}” runs backwards.` };
    if (a < 1 || b > 4094) return { ok: false, error: `VLAN ids run from 1 to 4094 (802.1Q); “${token}” is outside.` };
    if (b - a > 4094) return { ok: false, error: `Range “${token}” is too long.` };
    for (let v = a; v <= b; v++) out.add(v);
  }
  return { ok: true, value: [...out].sort((x, y) => x - y) };
}

/** Writes a VLAN list back compactly: [10, 20, 21, 22] -> "10, 20-22". */
export function formatVlanList(vlans: readonly number[]): string {
  const sorted = [...new Set(vlans)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j;
  }
  return parts.join(', ');
}

export type TextFormat = 'ipv4' | 'cidr' | 'mac' | 'nonempty';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Checks the shape of a text value (an address is an address); empty is allowed unless `required`. */
export function checkText(input: string, format: TextFormat | undefined, required = false): Parsed<string> {
  const value = input.trim();
  if (!value) return required || format === 'nonempty' ? { ok: false, error: 'Cannot be empty.' } : { ok: true, value };
  switch (format) {
    case 'ipv4':
      return IPV4.test(value) ? { ok: true, value } : { ok: false, error: `“${value}” is not an IPv4 address (e.g. 10.0.10.21).` };
    case 'cidr': {
      const [ip, bits, extra] = value.split('/');
      const n = Number(bits);
      if (extra !== undefined || !IPV4.test(ip ?? '') || bits === undefined || !/^\d+$/.test(bits) || n > 32) {
        return { ok: false, error: `“${value}” is not a subnet in CIDR form (e.g. 10.0.10.0/24).` };
      }
      return { ok: true, value };
    }
    case 'mac': {
      const norm = value.toLowerCase().replace(/-/g, ':');
      return /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(norm) ? { ok: true, value: norm } : { ok: false, error: `“${value}” is not a MAC address (e.g. 52:54:00:12:34:56).` };
    }
    default:
      return { ok: true, value };
  }
}
