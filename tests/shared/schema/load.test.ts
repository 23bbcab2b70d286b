import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/engine/result';
import { FORMAT_VERSION } from '../../../shared/schema/envelope';
import { LATEST_FORMAT_VERSION, migrate, MIGRATIONS, registryProblems } from '../../../shared/schema/migrations/registry';
import type { Migration } from '../../../shared/schema/migrations/types';
import { parseProject } from '../../../shared/schema/project';
import { fileOf, loadOk, smallDesign } from './helpers';

const codeOf = (text: string) => {
  const r = parseProject(text);
  return r.ok ? 'ok' : r.error.code;
};

describe('loading: typed failures', () => {
  it('names what is wrong with a file that cannot be opened', () => {
    const good = JSON.stringify(fileOf(smallDesign()));
    expect(codeOf('')).toBe('empty-file');
    expect(codeOf(' \n')).toBe('empty-file');
    expect(codeOf(good.slice(0, good.length / 2))).toBe('not-json');
    expect(codeOf('[1, 2]')).toBe('not-a-project');
    expect(codeOf('"virtlab-project"')).toBe('not-a-project');
    expect(codeOf(JSON.stringify({ ...fileOf(smallDesign()), kind: 'excalidraw' }))).toBe('not-a-project');
    expect(codeOf(JSON.stringify({ ...fileOf(smallDesign()), formatVersion: 'one' }))).toBe('bad-format-version');
    expect(codeOf(JSON.stringify({ ...fileOf(smallDesign()), formatVersion: 0 }))).toBe('bad-format-version');
    expect(codeOf(JSON.stringify({ ...fileOf(smallDesign()), formatVersion: 1.5 }))).toBe('bad-format-version');
    expect(codeOf(JSON.stringify({ ...fileOf(smallDesign()), topology: 'gone' }))).toBe('damaged-project');
  });

  it('refuses a newer format, naming both versions', () => {
    const r = parseProject(JSON.stringify({ ...fileOf(smallDesign()), formatVersion: FORMAT_VERSION + 1 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('format-too-new');
    expect(r.error.message).toContain(`file format ${FORMAT_VERSION + 1}`);
    expect(r.error.message).toContain(`formats 1 to ${FORMAT_VERSION}`);
  });

  it('opens a file with a byte-order mark and mentions unknown envelope fields', () => {
    const { warnings } = loadOk(`\uFEFF${JSON.stringify({ ...fileOf(smallDesign()), theme: 'dark' })}`);
    expect(warnings).toEqual(['file: unknown field "theme" — ignored']);
  });

  it('loads a valid file with no warnings', () => {
    const d = smallDesign();
    const { design, warnings } = loadOk(fileOf(d));
    expect(warnings).toEqual([]);
    expect(design).toEqual(d);
  });
});

describe('migrations', () => {
  it('form a sequence that starts at 1 and only grows; the format follows it', () => {
    expect(registryProblems(MIGRATIONS)).toEqual([]);
    expect(MIGRATIONS[0]!.version).toBe(1);
    expect(FORMAT_VERSION).toBe(LATEST_FORMAT_VERSION);
    expect(FORMAT_VERSION).toBe(MIGRATIONS.length);
    const bad: Migration[] = [MIGRATIONS[0]!, { ...MIGRATIONS[0]!, name: 'again' }];
    expect(registryProblems(bad)).toEqual(['migration "again" has version 1, expected 2']);
  });

  it('live one per file, named NNNN-<name>.ts after their version', () => {
    const dir = join(__dirname, '../../../shared/schema/migrations');
    const files = readdirSync(dir).filter((f) => /^\d{4}-/.test(f)).sort();
    expect(files).toEqual(MIGRATIONS.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`));
  });

  it('chain from the file version to the latest, and report a failing step', () => {
    const addMtu: Migration = {
      version: 2, name: 'add-mtu', description: 'test step',
      up: (doc) => ok({ ...doc, mtuAdded: true }),
    };
    const list = [...MIGRATIONS, addMtu];
    expect(migrate({ formatVersion: 1 }, 1, list)).toEqual(ok({ formatVersion: 2, mtuAdded: true }));
    expect(migrate({ formatVersion: 2 }, 2, list)).toEqual(ok({ formatVersion: 2 }));
    const broken: Migration = { ...addMtu, up: () => fail('x', 'VLAN 7 has no switch') };
    const r = migrate({ formatVersion: 1 }, 1, [...MIGRATIONS, broken]);
    expect(!r.ok && r.error.message).toBe('Could not upgrade this project from format 1 to 2 (0002-add-mtu): VLAN 7 has no switch');
    const throwing: Migration = { ...addMtu, up: () => { throw new Error('boom'); } };
    const t = migrate({ formatVersion: 1 }, 1, [...MIGRATIONS, throwing]);
    expect(!t.ok && t.error.code).toBe('migration-failed');
  });
});
