import { describe, expect, it } from 'vitest';
import { BASELINE } from './findingsBaseline';
import { benchFingerprints, richLabFingerprint } from './findingsFingerprint';

// Performance work on the validator must not change a single finding. These fingerprints were
// computed with the validator as it was before that work (commit 79384d7).
describe('findings are unchanged by performance work', () => {
  it('on the benchmark design (as built, under tight settings, after a fixed run of edits)', { timeout: 60_000 }, () => {
    expect(benchFingerprints()).toEqual(BASELINE.bench);
  });

  it('along fixed sequences of random edits on the rich lab', { timeout: 60_000 }, () => {
    expect(richLabFingerprint()).toBe(BASELINE.richLab);
  });
});
