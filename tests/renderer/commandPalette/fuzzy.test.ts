import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyMatch } from '../../../renderer/src/commandPalette/fuzzy';

describe('fuzzy search', () => {
  it('matches characters in order, case-insensitively', () => {
    expect(fuzzyMatch('atl', 'Auto-layout')).not.toBeNull();
    expect(fuzzyMatch('xyz', 'Auto-layout')).toBeNull();
    expect(fuzzyMatch('', 'anything')).toEqual({ score: 0, positions: [] });
  });

  it('ranks substrings and word starts first', () => {
    const items = ['Toggle legend', 'Align Left', 'Distribute Vertically', 'Paste'];
    expect(fuzzyFilter(items, 'al', (s) => s).map((x) => x.item)[0]).toBe('Align Left');
    expect(fuzzyFilter(items, 'dv', (s) => s).map((x) => x.item)).toEqual(['Distribute Vertically']);
    expect(fuzzyFilter(items, 'paste', (s) => s)[0]!.match.positions).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the original order for equal scores', () => {
    expect(fuzzyFilter(['b one', 'a one'], 'one', (s) => s).map((x) => x.item)).toEqual(['b one', 'a one']);
  });
});
