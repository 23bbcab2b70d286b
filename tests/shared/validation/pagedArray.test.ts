import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PagedArray } from '../../../shared/engine/validation/pagedArray';

describe('PagedArray', () => {
  it('reads back what was written, across pages and past its first capacity, like a plain array', () => {
    fc.assert(fc.property(fc.nat(20_000), fc.array(fc.tuple(fc.nat(40_000), fc.option(fc.string(), { nil: undefined })), { maxLength: 200 }), (start, writes) => {
      const paged = new PagedArray<string>(start);
      const plain: (string | undefined)[] = [];
      for (const [i, v] of writes) {
        paged.set(i, v);
        plain[i] = v;
      }
      expect(paged.capacity).toBeGreaterThanOrEqual(Math.max(start, plain.length));
      for (let i = 0; i < plain.length + 10; i++) expect(paged.get(i)).toBe(plain[i]);
    }), { numRuns: 50 });
  });
});
