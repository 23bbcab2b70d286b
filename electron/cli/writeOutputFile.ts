import { open, stat, unlink } from 'node:fs/promises';
import { atomicWrite } from '../services/atomicWrite';

export type WriteOutcome = { ok: true } | { ok: false; message: string };

/**
 * Writes an export atomically (temp file, fsync, rename). Unless `force`, the name is first
 * claimed with an exclusive create, so an existing file — or one that appears meanwhile — is
 * never replaced by surprise.
 */
export async function writeOutputFile(path: string, data: string, force: boolean): Promise<WriteOutcome> {
  let claimed = false;
  try {
    if (!force) {
      await (await open(path, 'wx')).close();
      claimed = true;
    }
    await atomicWrite(path, data);
    return { ok: true };
  } catch (e) {
    if (claimed) await unlink(path).catch(() => {});
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST' && (await stat(path).then((st) => st.isDirectory(), () => false))) err.code = 'EISDIR';
    const why: Record<string, string> = {
      EEXIST: 'it already exists; pass --force to replace it',
      ENOENT: 'its folder does not exist',
      EISDIR: 'it is a folder',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      ENOTDIR: 'part of the path is not a folder',
    };
    return { ok: false, message: `cannot write ${path}: ${why[err.code ?? ''] ?? err.message}.` };
  }
}
