import { describe, expect, it } from 'vitest';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { EXPORT_CHOICES, produceExport, safeStem, toBase64, type ExportId, type ExportRequest } from '../../../renderer/src/export/exportFormats';
import { readChunks } from '../../../shared/diagram/pngChunks';
import { projectTextFromFile } from '../../../shared/diagram/projectFile';
import { sampleDesign } from '../../shared/diagram/sampleDesign';
import { tinyPng } from '../../shared/diagram/tinyPng';
import { CONTRACT } from '../../../shared/ipc/contract';

function request(extra: Partial<ExportRequest> = {}): ExportRequest {
  const design = sampleDesign();
  return { design, projectText: serializeProject(design), title: 'Lab', theme: 'light', ...extra };
}
const bytes = (d: string | Uint8Array) => (typeof d === 'string' ? new TextEncoder().encode(d) : d);
const nodeNames = (text: string) => {
  const p = parseProject(text);
  if (!p.ok) throw new Error(p.error.message);
  return [...p.value.design.topology.nodes.values()].map((n) => n.name).sort();
};

describe('export formats', () => {
  const original = [...sampleDesign().topology.nodes.values()].map((n) => n.name).sort();

  it('lists every format the brief asks for, once', () => {
    expect(EXPORT_CHOICES.map((c) => c.id).sort()).toEqual(['csv', 'dot', 'json', 'mermaid', 'pdf', 'png', 'svg']);
  });

  it.each([
    ['svg', 'Lab.svg', /^<\?xml|^<svg/],
    ['json', 'Lab.virtlab.json', /"kind": "virtlab-project"/],
    ['dot', 'Lab.dot', /digraph/],
    ['mermaid', 'Lab.mmd', /flowchart|graph/],
    ['csv', 'Lab.csv', /,/],
  ] as [ExportId, string, RegExp][])('%s: a text file named after the project', async (id, fileName, content) => {
    const file = await produceExport(id, 'Lab', request());
    expect(file.fileName).toBe(fileName);
    expect(typeof file.data).toBe('string');
    expect(file.data as string).toMatch(content);
  });

  it('SVG and JSON exports reopen as the same project', async () => {
    for (const id of ['svg', 'json'] as const) {
      const file = await produceExport(id, 'Lab', request());
      const back = projectTextFromFile(file.fileName, bytes(file.data), strictUtf8);
      expect(back.ok).toBe(true);
      if (back.ok) expect(nodeNames(back.text)).toEqual(original);
    }
  });

  it('PNG: the canvas picture with the project inside, which reopens', async () => {
    const stages: string[] = [];
    const file = await produceExport('png', 'Lab', request({ raster: { png: async () => tinyPng(), size: () => ({ width: 2, height: 1 }) }, onProgress: (s) => stages.push(s) }));
    expect(file.fileName).toBe('Lab.png');
    expect(file.mime).toBe('image/png');
    expect(readChunks(file.data as Uint8Array).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'IEND']);
    const back = projectTextFromFile('Lab.png', file.data as Uint8Array, strictUtf8);
    expect(back.ok && nodeNames(back.text)).toEqual(original);
    expect(stages.length).toBeGreaterThan(0);
  });

  it('PDF: built from the canvas picture by the PDF writer, sized to it', async () => {
    let seen: { size: unknown; title: string } | null = null;
    const file = await produceExport('pdf', 'Lab', request({
      raster: { png: async () => tinyPng(), size: () => ({ width: 640, height: 480 }) },
      pdf: async (png, size, title) => { seen = { size, title }; expect(png[1]).toBe(0x50); return new TextEncoder().encode('%PDF-1.3 fake'); },
    }));
    expect(file.fileName).toBe('Lab.pdf');
    expect(seen).toEqual({ size: { width: 640, height: 480 }, title: 'Lab' });
  });

  it('PNG and PDF without a canvas on screen fail with a clear message', async () => {
    await expect(produceExport('png', 'Lab', request())).rejects.toThrow(/canvas is not on screen/);
  });

  it('Mermaid is the same .mmd file on the desktop, the web and the CLI', async () => {
    const file = await produceExport('mermaid', 'Lab', request());
    expect(file).toMatchObject({ format: 'mermaid', fileName: 'Lab.mmd' });
    expect(file.data as string).toMatch(/^flowchart/m);
  });

  it('every choice is a format the desktop export writer accepts (one list: shared/diagram/fileFormats)', () => {
    for (const c of EXPORT_CHOICES) expect(CONTRACT.exportWrite.request.safeParse({ format: c.id, data: '', encoding: 'utf8' }).success).toBe(true);
    expect(CONTRACT.exportWrite.request.safeParse({ format: 'yaml', data: '', encoding: 'utf8' }).success).toBe(false);
  });

  it('file names never carry path separators or control characters', () => {
    expect(safeStem('../etc/pass\u0001wd: "x"')).toBe('_etc_pass_wd_ _x_');
    expect(safeStem('   ')).toBe('untitled');
  });

  it('base64 matches Node’s for binary data of any length', () => {
    for (const n of [0, 1, 2, 3, 100_000]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 0xff);
      expect(toBase64(data)).toBe(Buffer.from(data).toString('base64'));
    }
  });
});
