/** Formats a number for a sentence: integers as is, others with at most two decimals. */
export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** "62 %" of used over capacity (or "—" when there is no capacity). */
export function pct(used: number, capacity: number): string {
  return capacity > 0 ? `${Math.round((used / capacity) * 100)} %` : '—';
}
