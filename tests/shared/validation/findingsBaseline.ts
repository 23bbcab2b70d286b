/** Fingerprints of the findings computed with the validator before the performance work (commit 79384d7). */
export const BASELINE = {
  bench: {
    'bench design': 'fd859290d2af4a6e',
    'bench design, tight settings': 'ff624b1605f4f8aa',
    'bench design after 108 edits': '77d1dcb379896758',
  } as Record<string, string>,
  richLab: '85bd5358bb7bbae8',
};
