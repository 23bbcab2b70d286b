import { access, mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { atomicWrite } from './atomicWrite';

export const RECENT_LIMIT = 10;

interface StoredRecent { version: 1; paths: string[] }

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

/**
 * The recently opened projects, newest first, kept as JSON (in userData for the app). Deduped by
 * resolved path, capped at RECENT_LIMIT; files that no longer exist are pruned when listed.
 */
export class RecentFiles {
  // Read-modify-write steps run one at a time so two quick opens cannot drop each other's entry.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storeFile: string,
    private readonly options: { limit?: number; fileExists?: (path: string) => Promise<boolean>; platform?: NodeJS.Platform } = {},
  ) {}

  list(): Promise<string[]> {
    return this.serial(() => this.prune());
  }

  /** Moves `path` to the front (adding it if new) and returns the updated list. */
  add(path: string): Promise<string[]> {
    const full = resolve(path);
    return this.serial(async () => {
      const next = [full, ...(await this.read()).filter((p) => !this.same(p, full))].slice(0, this.options.limit ?? RECENT_LIMIT);
      await this.write(next);
      return next;
    });
  }

  remove(path: string): Promise<string[]> {
    const full = resolve(path);
    return this.serial(async () => {
      const next = (await this.read()).filter((p) => !this.same(p, full));
      await this.write(next);
      return next;
    });
  }

  clear(): Promise<void> {
    return this.serial(() => this.write([]));
  }

  /** Whether `path` is on the list (the renderer may only reopen listed files by path). */
  includes(path: string): Promise<boolean> {
    const full = resolve(path);
    return this.serial(async () => (await this.read()).some((p) => this.same(p, full)));
  }

  private serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => {});
    return run;
  }

  private async prune(): Promise<string[]> {
    const stored = await this.read();
    const fileExists = this.options.fileExists ?? exists;
    const present: string[] = [];
    for (const path of stored) if (await fileExists(path)) present.push(path);
    if (present.length !== stored.length) await this.write(present);
    return present;
  }

  private same(a: string, b: string): boolean {
    // Windows and macOS filesystems are case-insensitive by default.
    const platform = this.options.platform ?? process.platform;
    return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
  }

  private async read(): Promise<string[]> {
    try {
      const parsed = JSON.parse(await readFile(this.storeFile, 'utf8')) as Partial<StoredRecent>;
      return Array.isArray(parsed.paths) ? parsed.paths.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
    } catch {
      // Missing or damaged store: start over rather than fail to open files.
      return [];
    }
  }

  private async write(paths: string[]): Promise<void> {
    const stored: StoredRecent = { version: 1, paths };
    await mkdir(dirname(this.storeFile), { recursive: true });
    await atomicWrite(this.storeFile, JSON.stringify(stored, null, 2));
  }
}
