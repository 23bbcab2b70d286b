import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../shared/schema/project';
import { exampleFiles } from '../../../shared/templates/examples';

const DIR = join(__dirname, '../../../examples');

describe('examples/', () => {
  it('holds exactly what the template builders produce (run `npm run examples` after changing a template)', () => {
    const expected = exampleFiles();
    const present = readdirSync(DIR).filter((f) => f.endsWith('.virtlab.json')).sort();
    expect(present).toEqual(expected.map((e) => e.file).sort());
    for (const { file, text } of expected) expect(readFileSync(join(DIR, file), 'utf8'), `examples/${file} is out of date`).toBe(text);
  });

  it('open as projects without warnings', () => {
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.virtlab.json'))) {
      const r = parseProject(readFileSync(join(DIR, f), 'utf8'));
      expect(r.ok && r.value.warnings, f).toEqual([]);
    }
  });
});
