/**
 * The web edition's project library: projects saved in the browser's storage, by name, so a
 * reload (or a crash) never loses them. Files on disk come and go through Download / Open file.
 */
const KEY = 'virtlab:web:projects';

export interface StoredProject { name: string; text: string; savedAt: number }

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
};

/** Offers text as a file download (the web edition's "save to disk"). */
export function downloadText(fileName: string, text: string, mime = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
