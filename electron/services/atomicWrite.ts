import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The slice of node:fs/promises atomicWrite uses; injected by tests to simulate a failure mid-write. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
  realpath(path: string): Promise<string>;
}

export interface WritableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeFs: AtomicWriteFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  stat: (path) => fsp.stat(path),
  realpath: (path) => fsp.realpath(path),
};

const errCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/**
 * Replaces `target` with `data` so that a reader (or the next start after a crash or power cut)
 * sees either the old file or the new one, never a truncated mix: write a temp file in the same
 * directory, fsync it, rename it over the target (atomic on one filesystem), then fsync the
 * directory so the rename itself is durable.
 */
export async function atomicWrite(target: string, data: string | Uint8Array, fs: AtomicWriteFs = nodeFs): Promise<void> {
  // Write through a symlink to the file it points at, instead of replacing the link with a file.
  const real = await fs.realpath(target).catch(() => target);
  const dir = dirname(real);
  // Keep the existing file's permissions (open() would mask them with the umask); new files get 0666 & ~umask.
  const existingMode = await fs.stat(real).then((s) => s.mode & 0o7777, () => undefined);
  const temp = join(dir, `.${basename(real)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

  let handle: WritableHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o666);
    if (existingMode !== undefined) await handle.chmod(existingMode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, real);
  } catch (e) {
    await handle?.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw e;
  }
  await syncDirectory(dir, fs);
}

async function syncDirectory(dir: string, fs: AtomicWriteFs): Promise<void> {
  let handle: WritableHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (e) {
    // Windows cannot open or fsync a directory; the rename has happened, which is what matters there.
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'EBADF'].includes(errCode(e) ?? '')) throw e;
  } finally {
    await handle?.close().catch(() => {});
  }
}
