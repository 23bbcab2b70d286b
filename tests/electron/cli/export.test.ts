import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { exportDesign, projectFromSvg } from '../../../shared/diagram';
import { serializeProject } from '../../../shared/schema/project';
import { sampleDesign } from '../../shared/diagram/sampleDesign';

/** Runs `virtlab ...` in-process with captured output. */
async function virtlab(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

let dir: string;
let project: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'virtlab-export-'));
  project = join(dir, 'lab.virtlab.json');
  writeFileSync(project, serializeProject(sampleDesign()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('virtlab export', () => {
  it('prints an SVG to stdout that carries the project', async () => {
    const r = await virtlab('export', project, '--format', 'svg');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<?xml')).toBe(true);
    expect(r.stdout).toContain('<title id="vl-title">lab</title>');
    const back = projectFromSvg(r.stdout);
    expect(back.ok && serializeProject(back.value.design)).toBe(serializeProject(sampleDesign()));
  });

  it.each(['svg', 'json', 'dot', 'mermaid', 'csv'] as const)('writes %s to --out exactly as the shared exporter renders it', async (format) => {
    const out = join(dir, `out.${format}`);
    const r = await virtlab('export', project, '--format', format, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(exportDesign(sampleDesign(), format, { title: 'lab' }));
    // Atomic write leaves no temp file behind.
    expect(readdirSync(dir).sort()).toEqual(['lab.virtlab.json', `out.${format}`]);
  });

  it('takes the format from --out when --format is left out, and applies --theme and --title', async () => {
    const out = join(dir, 'diagram.svg');
    const r = await virtlab('export', project, '-o', out, '--theme', 'dark', '--title', 'Prod & DR');
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('data-theme="dark"');
    expect(svg).toContain('Prod &amp; DR');
  });

  it('refuses to overwrite an existing file unless --force, leaving it untouched', async () => {
    const out = join(dir, 'mine.csv');
    writeFileSync(out, 'my own notes');
    const refused = await virtlab('export', project, '--format', 'csv', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`cannot write ${out}: it already exists; pass --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    const forced = await virtlab('export', project, '--format', 'csv', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^name,host,hypervisor/);
  });

  it('says when the output folder does not exist', async () => {
    const out = join(dir, 'no', 'such', 'x.svg');
    const r = await virtlab('export', project, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write ${out}: its folder does not exist`);
  });

  it('reopens an exported SVG as a project', async () => {
    const svg = join(dir, 'lab.svg');
    expect((await virtlab('export', project, '--out', svg)).code).toBe(0);
    const r = await virtlab('export', svg, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${serializeProject(sampleDesign())}\n`);
  });

  it('reports a missing input file with exit 2, naming it', async () => {
    const missing = join(dir, 'missing.virtlab.json');
    const r = await virtlab('export', missing, '--format', 'svg');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${missing}: no such file.`);
  });

  it('reports content that is not a project with exit 1, naming the file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"kind": "virtlab-project", ');
    const r = await virtlab('export', bad, '--format', 'dot');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: The file is not valid JSON`);
  });

  it.each([
    [['--format', 'gif'], '--format must be one of svg, json, dot, mermaid, csv; got "gif"'],
    [['--format', 'png'], 'png is rendered by the app'],
    [['--format', 'svg', '--theme', 'blue'], '--theme must be one of light, dark'],
    [['--wat'], "Unknown option '--wat'"],
    [[], 'missing --format'],
    [['--out', 'x.txt'], 'cannot tell the format from "x.txt"'],
    [['--format'], "Option '-f, --format <value>' argument missing"],
  ])('rejects bad usage %j with exit 2 and the reason', async (flags, reason) => {
    const r = await virtlab('export', project, ...flags);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).toContain('Usage: virtlab export');
  });

  it('needs exactly one input file', async () => {
    expect((await virtlab('export', '--format', 'svg')).stderr).toContain('missing the project file');
    const two = await virtlab('export', project, project, '--format', 'svg');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('expected one project file, got 2');
  });

  it('explains in --help that PNG and PDF come from the app', async () => {
    const r = await virtlab('export', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PNG and PDF are produced by the app/);
  });
});
