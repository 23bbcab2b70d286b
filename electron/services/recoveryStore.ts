import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite';

/** One autosave journal: the whole serialized project as of the last flush, plus whose it is. */
export interface RecoveryRecord {
  kind: 'virtlab-recovery';
  version: 1;
  id: string;
  /** The project file the changes belong to; null for an untitled project. */
  projectPath: string | null;
  /** ISO time of the flush. */
  writtenAt: string;
  /** The serialized project (the same text a save would write). */
  text: string;
}

export interface PendingRecovery {
  id: string;
  projectPath: string | null;
  writtenAt: string;
  projectModifiedAt: string | null;
}

const ID = /^[a-z0-9-]{1,80}$/;
const SUFFIX = '.recovery.json';

/** Mtime of a file, or null when it does not exist. */
async function mtimeOf(path: string): Promise<Date | null> {
  try {
    return (await stat(path)).mtime;
  } catch {
    return null;
  }
}

/**
 * The recovery directory (userData/recovery in the app). Journals live here rather than beside the
 * user's file: the app never writes near a project except on an explicit save, a read-only
 * project folder cannot break autosave, and a start-up scan finds every journal in one place.
 */
export class RecoveryStore {
  constructor(readonly dir: string) {}

  /**
   * A fresh journal id for one editing session of a project. Never derived from the path alone:
   * reopening a file must not overwrite the journal a crashed session left for it.
   */
  static idFor(projectPath: string | null): string {
    return `${projectPath === null ? 'untitled' : 'p'}-${randomUUID()}`;
  }

  async write(record: Omit<RecoveryRecord, 'kind' | 'version'>): Promise<void> {
    const file = this.fileOf(record.id);
    await mkdir(this.dir, { recursive: true });
    const full: RecoveryRecord = { kind: 'virtlab-recovery', version: 1, ...record };
    await atomicWrite(file, JSON.stringify(full));
  }

  async read(id: string): Promise<RecoveryRecord | null> {
    try {
      const parsed = JSON.parse(await readFile(this.fileOf(id), 'utf8')) as Partial<RecoveryRecord>;
      const valid = parsed.kind === 'virtlab-recovery' && parsed.id === id && typeof parsed.text === 'string' && typeof parsed.writtenAt === 'string'
        && (parsed.projectPath === null || typeof parsed.projectPath === 'string');
      return valid ? (parsed as RecoveryRecord) : null;
    } catch {
      return null;
    }
  }

  /** Deletes a journal; true when one existed. */
  async remove(id: string): Promise<boolean> {
    try {
      await unlink(this.fileOf(id));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  /**
   * Journals worth offering after a crash: untitled ones, and those newer than their project file
   * (or whose project is gone). A journal older than its project was superseded by a later save
   * and is deleted.
   */
  async pending(): Promise<PendingRecovery[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const found: PendingRecovery[] = [];
    for (const name of names) {
      if (!name.endsWith(SUFFIX)) continue;
      const id = name.slice(0, -SUFFIX.length);
      if (!ID.test(id)) continue;
      const record = await this.read(id);
      if (!record) continue; // unreadable: leave it for a person to inspect, never offer it
      const projectMtime = record.projectPath === null ? null : await mtimeOf(record.projectPath);
      if (projectMtime && projectMtime.getTime() >= Date.parse(record.writtenAt)) {
        await this.remove(id);
        continue;
      }
      found.push({ id, projectPath: record.projectPath, writtenAt: record.writtenAt, projectModifiedAt: projectMtime?.toISOString() ?? null });
    }
    return found.sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
  }

  private fileOf(id: string): string {
    if (!ID.test(id)) throw new Error(`Invalid recovery id "${id}".`);
    return join(this.dir, `${id}${SUFFIX}`);
  }
}
