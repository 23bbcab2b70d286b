import { chmod, lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, nodeFs, type AtomicWriteFs } from '../../../electron/services/atomicWrite';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'virtlab-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A filesystem whose writes put half the bytes on disk, then fail like a full disk or a crash would. */
function failingMidWrite(): AtomicWriteFs {
  return {
    ...nodeFs,
    async open(path, flags, mode) {
      const handle = await nodeFs.open(path, flags, mode);
      return {
        ...handle,
        chmod: (m) => handle.chmod(m),
        sync: () => handle.sync(),
        close: () => handle.close(),
        async writeFile(data) {
          const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
          await handle.writeFile(text.slice(0, Math.floor(text.length / 2)));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      };
    },
  };
}

describe('atomicWrite', () => {
  it('creates a new file with the full content', async () => {
    const target = join(dir, 'new.virtlab.json');
    await atomicWrite(target, '{"kind":"virtlab-project"}');
    expect(await readFile(target, 'utf8')).toBe('{"kind":"virtlab-project"}');
    expect(await readdir(dir)).toEqual(['new.virtlab.json']);
  });

  it('replaces an existing file and writes bytes as given', async () => {
    const target = join(dir, 'image.png');
    await writeFile(target, 'old');
    await atomicWrite(target, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect([...(await readFile(target))]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('leaves the original intact and no temp file when the write fails midway', async () => {
    const target = join(dir, 'project.virtlab.json');
    const original = JSON.stringify({ kind: 'virtlab-project', nodes: Array.from({ length: 100 }, (_, i) => `host-${i}`) });
    await writeFile(target, original);

    await expect(atomicWrite(target, original.replace(/host/g, 'vm'), failingMidWrite())).rejects.toThrow(/ENOSPC/);

    expect(await readFile(target, 'utf8')).toBe(original);
    expect(await readdir(dir)).toEqual(['project.virtlab.json']);
  });

  it('leaves the original intact when the rename fails', async () => {
    const target = join(dir, 'project.virtlab.json');
    await writeFile(target, 'original');
    const fs: AtomicWriteFs = { ...nodeFs, rename: async () => { throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' }); } };
    await expect(atomicWrite(target, 'replacement', fs)).rejects.toThrow('EXDEV');
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['project.virtlab.json']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const target = join(dir, 'shared.virtlab.json');
    await writeFile(target, 'x');
    await chmod(target, 0o640);
    await atomicWrite(target, 'y');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('writes through a symlink instead of replacing the link', async () => {
    const real = join(dir, 'real.virtlab.json');
    const link = join(dir, 'link.virtlab.json');
    await writeFile(real, 'old');
    await symlink(real, link);
    await atomicWrite(link, 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });
});
