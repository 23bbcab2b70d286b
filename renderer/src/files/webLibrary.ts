/**
 * The web edition's project library: projects saved in the browser's storage, by name, so a
 * reload (or a crash) never loses them. Files on disk come and go through Download / Open file.
 */
const KEY = 'virtlab:web:projects';
/** When each library project was last opened (name -> epoch ms), for Open Recent. */
const OPENED_KEY = 'virtlab:web:opened';
export const RECENT_LIMIT = 10;

export interface StoredProject { name: string; text: string; savedAt: number }
export interface RecentProject { name: string; savedAt: number; openedAt: number | null; lastOpened: boolean }

function readOpened(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(OPENED_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function readAll(): Record<string, StoredProject> {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, StoredProject>) : {};
  } catch {
    return {};
  }
}

export const webLibrary = {
  list(): StoredProject[] {
    return Object.values(readAll()).sort((a, b) => b.savedAt - a.savedAt);
  },
  get(name: string): StoredProject | undefined {
    return readAll()[name];
  },
  /** Stores a project; throws a clear error when the browser's storage is full. */
  put(name: string, text: string): void {
    const all = readAll();
    all[name] = { name, text, savedAt: Date.now() };
    try {
      localStorage.setItem(KEY, JSON.stringify(all));
    } catch (e) {
      throw new Error(`The browser's storage is full or unavailable; "${name}" was not saved (${(e as Error).message}). Use File › Download to keep a copy on disk.`);
    }
  },
  remove(name: string): void {
    const all = readAll();
    delete all[name];
    localStorage.setItem(KEY, JSON.stringify(all));
  },
  /** Notes that a library project was opened (best effort: a full storage only loses the note). */
  opened(name: string, at = Date.now()): void {
    const all = readOpened();
    all[name] = at;
    try {
      localStorage.setItem(OPENED_KEY, JSON.stringify(all));
    } catch {
      // Open Recent falls back to the save dates.
    }
  },
  /**
   * Open Recent on the web: the library's projects, most recently saved or opened first, with the
   * last opened one flagged.
   */
  recent(limit = RECENT_LIMIT): RecentProject[] {
    const opened = readOpened();
    const rows = Object.values(readAll()).map((p) => ({ name: p.name, savedAt: p.savedAt, openedAt: opened[p.name] ?? null, lastOpened: false }));
    const last = rows.filter((r) => r.openedAt !== null).sort((a, b) => b.openedAt! - a.openedAt!)[0];
    if (last) last.lastOpened = true;
    const used = (r: RecentProject) => Math.max(r.savedAt, r.openedAt ?? 0);
    return rows.sort((a, b) => used(b) - used(a)).slice(0, limit);
  },
};

/** Offers text as a file download (the web edition's "save to disk"). */
export function downloadText(fileName: string, text: string | Uint8Array, mime = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
