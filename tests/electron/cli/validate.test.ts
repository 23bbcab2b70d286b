import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createValidateCommand, type Validator } from '../../../electron/cli/commands/validate';
import { main } from '../../../electron/cli/main';
import type { Finding } from '../../../shared/engine/rules/types';
import type { EdgeId, NodeId } from '../../../shared/model';
import { serializeProject } from '../../../shared/schema/project';
import { embedProjectInPng, toSvg } from '../../../shared/diagram';
import { tinyPng } from '../../shared/diagram/tinyPng';
import { build, sampleDesign } from '../../shared/diagram/sampleDesign';

type Io = Parameters<typeof main>[1];
function capture(): { io: Io; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return { io: { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } }, out: () => stdout, err: () => stderr };
}

/** Runs `virtlab ...` in-process with captured output. */
async function virtlab(...argv: string[]) {
  const c = capture();
  const code = await main(argv, c.io);
  return { code, stdout: c.out(), stderr: c.err() };
}

/** Runs validate with a stand-in rule engine, to test how findings turn into output and exit codes. */
async function validateWith(validator: Validator, ...args: string[]) {
  const c = capture();
  const code = await createValidateCommand(validator).run(args, c.io);
  return { code, stdout: c.out(), stderr: c.err() };
}

const finding = (severity: Finding['severity'], ruleId: string, targets: string[], message: string, assumptions?: string[]): Finding => ({
  ruleId, severity, message, explanation: `Why ${ruleId} matters.`, targets: targets as (NodeId | EdgeId)[], fixes: [{ label: `Fix ${ruleId}`, command: { type: 'remove', ids: [] } }],
  ...(assumptions ? { assumptions } : {}),
});

let dir: string;
let project: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'virtlab-validate-'));
  project = join(dir, 'lab.virtlab.json');
  writeFileSync(project, serializeProject(sampleDesign()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('virtlab validate: findings and exit codes (stand-in rule engine)', () => {
  it('exits 1 on an error finding and prints severity, rule id, named targets, message and assumptions', async () => {
    const r = await validateWith(() => [
      finding('warning', 'storage-near-full', ['storagePool-12'], 'SAN-1 is 90 % provisioned.'),
      finding('error', 'ram-capacity', ['host-2', 'vm-5', 'edge-13'], 'esx-01 promises more RAM than it has.', ['RAM overcommit 120 %']),
    ], project);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const err = lines.findIndex((l) => l.includes('ram-capacity'));
    const warn = lines.findIndex((l) => l.includes('storage-near-full'));
    expect(err).toBeGreaterThan(-1);
    expect(err).toBeLessThan(warn);
    expect(lines[err]).toMatch(/^\s+error\s+ram-capacity\s+esx-01 \[host-2\], db-1 \[vm-5\], web-1 → Prod \[edge-13\]$/);
    expect(lines[err + 1]).toContain('esx-01 promises more RAM than it has.');
    expect(lines[err + 2]).toContain('assumes: RAM overcommit 120 %');
    expect(r.stdout).toContain('Findings: 1 error, 1 warning, 0 info');
    expect(r.stdout).toContain('INVALID: 1 error.');
  });

  it('exits 0 when only warnings and info are found', async () => {
    const r = await validateWith(() => [finding('warning', 'w', ['vm-4'], 'careful'), finding('info', 'i', [], 'fyi')], project);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('VALID: no errors (1 warning).');
  });

  it('reports the same in --json, with targets named', async () => {
    const r = await validateWith(() => [finding('error', 'ram-capacity', ['host-2'], 'too much')], project, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      file: project,
      valid: false,
      warnings: [],
      counts: { error: 1, warning: 0, info: 0 },
      summary: { elements: 12, connections: 10, hosts: 2, hypervisors: 2, vms: 3, networks: 2, scenarios: 0 },
      findings: [{ ruleId: 'ram-capacity', severity: 'error', message: 'too much', explanation: 'Why ram-capacity matters.', targets: [{ id: 'host-2', kind: 'host', name: 'esx-01' }], fixes: ['Fix ram-capacity'] }],
    });
  });

  it('prints the summary and the repairs made while loading', async () => {
    const raw = JSON.parse(serializeProject(sampleDesign()));
    raw.topology.nodes['vm-4'].kind = 'mainframe';
    writeFileSync(project, JSON.stringify(raw));
    const r = await validateWith(() => [], project);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('11 elements: 2 physical hosts, 2 hypervisors, 2 VMs, 2 networks, 1 physical switch, 1 storage pool, 1 cluster');
    expect(r.stdout).toContain('Hosts 2 · hypervisors 2 · VMs 2 · networks 2 · scenarios 0');
    // The loader's own wording may change; what matters is that each repair is listed under the heading.
    const repairs = r.stdout.split('Repaired while loading (')[1]!.split('\n\n')[0]!;
    expect(repairs).toMatch(/^\d+\):\n {2}- /);
    expect(repairs).toMatch(/vm-4.*mainframe|mainframe.*vm-4/);
  });

  it('does not run the rules on a file it could not load', async () => {
    writeFileSync(project, 'not json at all');
    let ran = false;
    const r = await validateWith(() => { ran = true; return []; }, project, '--json');
    expect(r.code).toBe(1);
    expect(ran).toBe(false);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: project, valid: false, error: { code: 'not-json' } });
  });
});

describe('virtlab validate: files and usage', () => {
  it('exits 2 naming a missing file', async () => {
    const missing = join(dir, 'nope.virtlab.json');
    const r = await virtlab('validate', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`virtlab validate: ${missing}: no such file.\n`);
  });

  it('exits 2 for a folder', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const r = await virtlab('validate', folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${folder}: this is a folder, not a project file.`);
  });

  it.skipIf(process.getuid?.() === 0)('exits 2 for a file it may not read', async () => {
    chmodSync(project, 0o000);
    const r = await virtlab('validate', project);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${project}: permission denied`);
  });

  it('exits 1 for content that is not a project, naming the file and the place in it', async () => {
    writeFileSync(project, JSON.stringify({ kind: 'excalidraw', formatVersion: 1, topology: {} }));
    const r = await virtlab('validate', project);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(`virtlab validate: ${project}: `)).toBe(true);
    expect(r.stderr).toContain('not a VirtLab project');
    expect(r.stderr).toContain('kind');
  });

  it('exits 1 for a project saved by a newer VirtLab', async () => {
    writeFileSync(project, JSON.stringify({ kind: 'virtlab-project', formatVersion: 999, topology: {} }));
    const r = await virtlab('validate', project);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('newer VirtLab');
  });

  it('exits 1 for an SVG without an embedded project', async () => {
    const svg = join(dir, 'plain.svg');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const r = await virtlab('validate', svg);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${svg}: This SVG has no embedded VirtLab project`);
  });

  it('validates the project inside a PNG exported by the app, as Open does', async () => {
    const png = join(dir, 'lab.png');
    writeFileSync(png, embedProjectInPng(tinyPng(), serializeProject(sampleDesign())));
    const r = await virtlab('validate', png);
    expect(r.code).toBe(0);
  });

  it('exits 1 for a damaged PNG or one without an embedded project, saying which', async () => {
    const cut = join(dir, 'cut.png');
    writeFileSync(cut, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = await virtlab('validate', cut);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${cut}: The PNG cannot be read: The PNG is truncated`);
    const photo = join(dir, 'photo.png');
    writeFileSync(photo, tinyPng());
    const p = await virtlab('validate', photo);
    expect(p.code).toBe(1);
    expect(p.stderr).toContain(`${photo}: This PNG image has no embedded VirtLab project`);
  });

  it('reads a project saved with a byte-order mark', async () => {
    writeFileSync(project, `\uFEFF${serializeProject(sampleDesign())}`);
    expect((await virtlab('validate', project)).code).toBe(0);
  });

  it.each([[['--strict']], [[]], [['a', 'b']]])('exits 2 on bad usage %j with the usage text', async (args) => {
    const r = await virtlab('validate', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: virtlab validate');
  });
});

describe('virtlab validate: the real rules', () => {
  it('accepts a sound design (exit 0), also when read back from an exported SVG', async () => {
    const r = await virtlab('validate', project);
    expect(r.stdout).toContain('Findings: 0 errors');
    expect(r.code).toBe(0);
    const svg = join(dir, 'lab.svg');
    writeFileSync(svg, toSvg(sampleDesign()));
    expect((await virtlab('validate', svg)).code).toBe(0);
  });

  it('rejects a Type-1 hypervisor on a host OS (exit 1) and says which rule and elements', async () => {
    const broken = build(
      { type: 'addNode', kind: 'host', position: { x: 0, y: 0 }, props: { name: 'pc-1' } },
      { type: 'addNode', kind: 'hostOs', parentId: 'host-1' as NodeId, position: { x: 16, y: 40 }, props: { name: 'ubuntu' } },
      { type: 'addNode', kind: 'hypervisor', parentId: 'hostOs-2' as NodeId, position: { x: 16, y: 40 }, props: { name: 'esxi', family: 'esxi' } },
    );
    writeFileSync(project, serializeProject(broken));
    const r = await virtlab('validate', project, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'type1-on-hardware');
    expect(f.severity).toBe('error');
    expect(f.targets.map((t: { name: string }) => t.name)).toEqual(['esxi', 'ubuntu']);
  });
});
