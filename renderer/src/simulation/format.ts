/** Number formatting for simulation results: every figure a person reads goes through here. */

const MIB = 1024 * 1024;

/** Trims a number to at most `digits` decimals without trailing zeros ("12.5", not "12.500"). */
export function trim(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '−∞' : '—';
  const r = Number(x.toFixed(digits));
  return Object.is(r, -0) ? '0' : String(r);
}

/** A size given in MiB: "512 MiB", "1.25 GiB", "0.5 KiB" for tiny remainders. */
export function mib(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a >= 1024 * 1024) return `${trim(x / (1024 * 1024))} TiB`;
  if (a >= 1024) return `${trim(x / 1024)} GiB`;
  if (a > 0 && a < 0.1) return `${trim(x * 1024, 1)} KiB`;
  return `${trim(x, a < 10 ? 2 : 1)} MiB`;
}

/** Bytes (QEMU's unit) as a size. */
export const bytes = (b: number): string => mib(b / MIB);

/** Bytes -> MiB. */
export const bytesToMiB = (b: number): number => b / MIB;

/** A duration in seconds: "81.9 ms", "12.78 s", "3 min 20 s", "1 h 5 min". */
export function seconds(s: number): string {
  if (!Number.isFinite(s)) return '—';
  const a = Math.abs(s);
  if (a === 0) return '0 s';
  if (a < 1) return ms(s * 1000);
  if (a < 120) return `${trim(s, a < 10 ? 2 : 1)} s`;
  if (a < 3600) {
    const m = Math.floor(a / 60);
    const rest = Math.round(a - m * 60);
    return `${m} min${rest ? ` ${rest} s` : ''}`;
  }
  const h = Math.floor(a / 3600);
  const m = Math.round((a - h * 3600) / 60);
  return `${h} h${m ? ` ${m} min` : ''}`;
}

/** A duration in milliseconds: "0.32 ms", "81.9 ms", "1.2 s". */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a >= 1000) return seconds(x / 1000);
  return `${trim(x, a < 1 ? 3 : a < 100 ? 2 : 1)} ms`;
}

/** A rate in MiB/s, with the Mbit/s figure people know from NIC speeds. */
export function rate(mibs: number): string {
  if (!Number.isFinite(mibs)) return '—';
  return `${trim(mibs, 1)} MiB/s`;
}

/** Mbit/s as people read link speeds: "1 Gbit/s", "940 Mbit/s". */
export function mbps(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x >= 1000 ? `${trim(x / 1000, 2)} Gbit/s` : `${trim(x, 0)} Mbit/s`;
}

/** The playhead's clock: "0:12.4" (minutes:seconds.tenths) or "1:02:03" above an hour. */
export function clock(s: number): string {
  const t = Math.max(0, s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t - h * 3600) / 60);
  const sec = t - h * 3600 - m * 60;
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${String(Math.floor(sec)).padStart(2, '0')}`;
  return `${m}:${sec.toFixed(1).padStart(4, '0')}`;
}

/** "1 round", "3 rounds". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Energy in kWh with Wh for small figures. */
export function energy(kwh: number): string {
  if (!Number.isFinite(kwh)) return '—';
  return Math.abs(kwh) < 1 ? `${trim(kwh * 1000, 1)} Wh` : `${trim(kwh, 2)} kWh`;
}
