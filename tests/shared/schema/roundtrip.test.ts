import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designSchema } from '../../../shared/schema/design';
import { FORMAT_VERSION, PROJECT_KIND } from '../../../shared/schema/envelope';
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { storedDesign } from '../../../shared/schema/storedDesign';
import { designArb } from './arbitraries';

describe('save and load round trip (property-based)', () => {
  it('the generator only makes valid designs (so the next test means something)', () => {
    fc.assert(fc.property(designArb, (d) => {
      const r = designSchema.safeParse(storedDesign(d));
      expect(r.success ? [] : r.error.issues.slice(0, 3)).toEqual([]);
    }), { numRuns: 200, seed: 7 });
  });

  it('serializeProject output loads back identically, with no warnings, and re-saves byte for byte', () => {
    fc.assert(fc.property(designArb, (d) => {
      const text = serializeProject(d);
      const doc = JSON.parse(text);
      expect([doc.kind, doc.formatVersion]).toEqual([PROJECT_KIND, FORMAT_VERSION]);
      const r = parseProject(text);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.warnings).toEqual([]);
      expect(r.value.design).toEqual(d);
      expect(serializeProject(r.value.design)).toBe(text);
    }), { numRuns: 300, seed: 11 });
  });
});
