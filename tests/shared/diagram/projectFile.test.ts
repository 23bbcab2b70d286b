import { describe, expect, it } from 'vitest';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
import { toSvg } from '../../../shared/diagram';
import { serializeProject } from '../../../shared/schema/project';
import { projectNameOf, projectTextFromFile } from '../../../shared/diagram/projectFile';
import { embedProjectInPng } from '../../../shared/diagram/pngChunks';
import { sampleDesign } from '../../shared/diagram/sampleDesign';
import { tinyPng } from './tinyPng';

const enc = (s: string) => new TextEncoder().encode(s);

describe('reading a project from a file the user picked (app and CLI)', () => {
  const text = serializeProject(sampleDesign());

  it('takes a project file as it is (a BOM is dropped)', () => {
    expect(projectTextFromFile('lab.virtlab.json', enc(text), strictUtf8)).toEqual({ ok: true, kind: 'project', text, warnings: [] });
    expect(projectTextFromFile('lab.json', enc(`\uFEFF${text}`), strictUtf8)).toMatchObject({ ok: true, text });
  });

  it('finds the project inside a VirtLab SVG', () => {
    const r = projectTextFromFile('lab.svg', enc(toSvg(sampleDesign())), strictUtf8);
    expect(r).toMatchObject({ ok: true, kind: 'svg' });
    if (r.ok) expect(JSON.parse(r.text).topology).toEqual(JSON.parse(text).topology);
  });

  it('finds the project inside a VirtLab PNG', () => {
    const r = projectTextFromFile('lab.png', embedProjectInPng(tinyPng(), text), strictUtf8);
    expect(r).toMatchObject({ ok: true, kind: 'png' });
    expect(r.ok && JSON.parse(r.text)).toEqual(JSON.parse(text));
  });

  it('says plainly why other files cannot be opened', () => {
    expect(projectTextFromFile('photo.png', tinyPng(), strictUtf8)).toMatchObject({ ok: false, code: 'no-embedded-project', message: expect.stringMatching(/PNG image has no embedded VirtLab project/) });
    expect(projectTextFromFile('drawing.svg', enc('<svg xmlns="http://www.w3.org/2000/svg"/>'), strictUtf8)).toMatchObject({ ok: false, message: expect.stringMatching(/no embedded VirtLab project/) });
    expect(projectTextFromFile('blob.bin', Uint8Array.of(0xff, 0xfe, 0xfd, 0x00, 0x80), strictUtf8)).toMatchObject({ ok: false, message: expect.stringMatching(/not text/) });
    const cut = embedProjectInPng(tinyPng(), text);
    expect(projectTextFromFile('cut.png', cut.subarray(0, cut.length - 20), strictUtf8)).toMatchObject({ ok: false, message: expect.stringMatching(/truncated/) });
  });

  it('names a project after its file', () => {
    expect(projectNameOf('Xen lab.virtlab.json')).toBe('Xen lab');
    expect(projectNameOf('Xen lab.svg')).toBe('Xen lab');
    expect(projectNameOf('diagram.PNG')).toBe('diagram');
  });
});
