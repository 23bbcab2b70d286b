import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentFiles } from '../../../electron/services/recentFiles';

let dir: string;
let store: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'virtlab-recent-'));
  store = join(dir, 'userData', 'recent-projects.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function project(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, '{}');
  return path;
}

describe('RecentFiles', () => {
  it('lists newest first and dedupes a reopened file to the front', async () => {
    const recent = new RecentFiles(store);
    const a = await project('a.virtlab.json');
    const b = await project('b.virtlab.json');
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    expect(await recent.list()).toEqual([a, b]);
  });

  it('keeps at most 10', async () => {
    const recent = new RecentFiles(store);
    const paths: string[] = [];
    for (let i = 0; i < 12; i++) paths.push(await project(`p${i}.virtlab.json`));
    for (const p of paths) await recent.add(p);
    const listed = await recent.list();
    expect(listed).toHaveLength(10);
    expect(listed[0]).toBe(paths[11]);
    expect(listed).not.toContain(paths[0]);
    expect(listed).not.toContain(paths[1]);
  });

  it('prunes files that no longer exist, and persists the pruning', async () => {
    const recent = new RecentFiles(store);
    const kept = await project('kept.virtlab.json');
    const gone = await project('gone.virtlab.json');
    await recent.add(kept);
    await recent.add(gone);
    await rm(gone);
    expect(await recent.list()).toEqual([kept]);
    expect(JSON.parse(await readFile(store, 'utf8')).paths).toEqual([kept]);
  });

  it('survives across instances (persisted in the store file) and starts empty on a damaged store', async () => {
    const a = await project('a.virtlab.json');
    await new RecentFiles(store).add(a);
    expect(await new RecentFiles(store).list()).toEqual([a]);
    await writeFile(store, '{ not json');
    expect(await new RecentFiles(store).list()).toEqual([]);
  });

  it('does not lose entries when adds race', async () => {
    const recent = new RecentFiles(store);
    const paths = await Promise.all(['x', 'y', 'z'].map((n) => project(`${n}.virtlab.json`)));
    await Promise.all(paths.map((p) => recent.add(p)));
    expect((await recent.list()).sort()).toEqual([...paths].sort());
  });

  it('compares paths case-insensitively on Windows and macOS only', async () => {
    const exists = async () => true;
    const mac = new RecentFiles(join(dir, 'mac.json'), { platform: 'darwin', fileExists: exists });
    await mac.add('/Users/ada/Lab.virtlab.json');
    await mac.add('/users/ada/lab.virtlab.json');
    expect(await mac.list()).toEqual(['/users/ada/lab.virtlab.json']);
    const linux = new RecentFiles(join(dir, 'linux.json'), { platform: 'linux', fileExists: exists });
    await linux.add('/home/ada/Lab.virtlab.json');
    await linux.add('/home/ada/lab.virtlab.json');
    expect(await linux.list()).toHaveLength(2);
  });

  it('answers includes() for the renderer reopen check, and clears', async () => {
    const recent = new RecentFiles(store);
    const a = await project('a.virtlab.json');
    await recent.add(a);
    expect(await recent.includes(a)).toBe(true);
    expect(await recent.includes(join(dir, 'other.virtlab.json'))).toBe(false);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });
});
