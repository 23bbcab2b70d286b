import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportDesign, formatForFileName } from '../../../shared/diagram';
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { sampleDesign } from './sampleDesign';

describe('export formats index', () => {
  it('lists each format once with a label, extension and MIME type', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['svg', 'json', 'dot', 'mermaid', 'csv']);
    for (const f of EXPORT_FORMATS) {
      expect(f.label).not.toBe('');
      expect(f.extension).not.toMatch(/^\./);
      expect(f.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
  });

  it('renders every format, and JSON is the project file itself', () => {
    const d = sampleDesign();
    for (const f of EXPORT_FORMATS) expect(exportDesign(d, f.id).length).toBeGreaterThan(100);
    const back = parseProject(exportDesign(d, 'json'));
    expect(back.ok && serializeProject(back.value.design)).toBe(serializeProject(d));
  });

  it('infers a format from a file name, longest ending first', () => {
    expect(formatForFileName('out/Lab.SVG')?.id).toBe('svg');
    expect(formatForFileName('lab.virtlab.json')?.id).toBe('json');
    expect(formatForFileName('lab.gv')?.id).toBe('dot');
    expect(formatForFileName('lab.mmd')?.id).toBe('mermaid');
    expect(formatForFileName('lab.png')).toBeUndefined();
  });
});
