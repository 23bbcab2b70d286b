/** A fuzzy match: higher scores are better; `positions` are the matched character indices (for highlighting). */
export interface FuzzyMatch { score: number; positions: number[] }

const isBoundary = (text: string, i: number) => i === 0 || /[\s\-_./:(]/.test(text[i - 1]!) || (text[i - 1] === text[i - 1]!.toLowerCase() && text[i] !== text[i]!.toLowerCase());

/**
 * Matches the query's characters in order (case-insensitive). Rewards matches at word starts and
 * runs of consecutive characters, so "al" ranks "Align left" above "Toggle legend". Null: no match.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return { score: 0, positions: [] };
  const t = text.toLowerCase();
  const sub = t.indexOf(q);
  if (sub >= 0) {
    return { score: 100 + (isBoundary(text, sub) ? 50 : 0) - sub * 0.5 - (t.length - q.length) * 0.1, positions: [...q].map((_, i) => sub + i) };
  }
  const positions: number[] = [];
  let score = 0;
  let ti = 0;
  let prev = -2;
  for (const ch of q) {
    if (ch === ' ') continue;
    let found = -1;
    // Prefer the next word start holding this character; else the next occurrence.
    for (let j = ti; j < t.length; j++) if (t[j] === ch && isBoundary(text, j)) { found = j; break; }
    const plain = t.indexOf(ch, ti);
    if (plain >= 0 && (found < 0 || plain === prev + 1)) found = plain;
    if (found < 0) return null;
    score += found === prev + 1 ? 8 : isBoundary(text, found) ? 6 : 1;
    score -= Math.min(found - ti, 10) * 0.2;
    positions.push(found);
    prev = found;
    ti = found + 1;
  }
  return { score, positions };
}

/** Items ranked by fuzzy score (stable for ties); items that do not match are dropped. */
export function fuzzyFilter<T>(items: readonly T[], query: string, text: (item: T) => string): { item: T; match: FuzzyMatch }[] {
  return items
    .map((item, i) => ({ item, i, match: fuzzyMatch(query, text(item)) }))
    .filter((x): x is { item: T; i: number; match: FuzzyMatch } => x.match !== null)
    .sort((a, b) => b.match.score - a.match.score || a.i - b.i)
    .map(({ item, match }) => ({ item, match }));
}
