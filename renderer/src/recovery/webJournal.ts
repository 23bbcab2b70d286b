/**
 * The web edition's autosave journal: the serialized project of one browser tab, in browser
 * storage, under its own key (never the project library's key, so a journal can never overwrite
 * a project the user saved). A crash loses at most the changes since the last flush.
 *
 * Every tab writes its own journal (`virtlab:web:journal:<tabId>`), so two tabs never clobber
 * each other's work, and holds a Web Lock named after it while it lives; at start-up a journal
 * whose lock nobody holds was left by a tab that crashed or closed with unsaved work.
 */

export const JOURNAL_PREFIX = 'virtlab:web:journal:';

export interface JournalRecord {
  kind: 'virtlab-web-journal';
  version: 1;
  /** The tab that wrote it. */
  tabId: string;
  /** The document's name in the browser library, or null for an untitled project. */
  name: string | null;
  /** Engine revision at the flush (diagnostics only: revisions restart in every session). */
  revision: number;
  /** Epoch milliseconds of the flush. */
  writtenAt: number;
  /** The serialized project, the same text a save would store. */
  text: string;
}

/** The storage the journal needs (localStorage in the app, a Map in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const journalKey = (tabId: string) => `${JOURNAL_PREFIX}${tabId}`;

export class JournalWriteError extends Error {
  override name = 'JournalWriteError';
}

/** Writes a journal; throws JournalWriteError (with the reason) when the storage refuses. */
export function writeJournal(storage: JournalStorage, record: Omit<JournalRecord, 'kind' | 'version'>): void {
  const full: JournalRecord = { kind: 'virtlab-web-journal', version: 1, ...record };
  try {
    storage.setItem(journalKey(record.tabId), JSON.stringify(full));
  } catch (e) {
    throw new JournalWriteError(`Autosave failed: the browser's storage is full or unavailable (${(e as Error).message}). Save or download the project to keep your changes.`);
  }
}

export function removeJournal(storage: JournalStorage, tabId: string): void {
  storage.removeItem(journalKey(tabId));
}

/** Reads one journal; null when it is missing or not a well-formed journal. */
export function readJournal(storage: JournalStorage, tabId: string): JournalRecord | null {
  let parsed: Partial<JournalRecord>;
  try {
    const raw = storage.getItem(journalKey(tabId));
    if (raw === null) return null;
    parsed = JSON.parse(raw) as Partial<JournalRecord>;
  } catch {
    return null;
  }
  const valid = parsed && parsed.kind === 'virtlab-web-journal' && parsed.version === 1 && parsed.tabId === tabId
    && typeof parsed.text === 'string' && typeof parsed.writtenAt === 'number' && Number.isFinite(parsed.writtenAt)
    && typeof parsed.revision === 'number' && (parsed.name === null || typeof parsed.name === 'string');
  return valid ? (parsed as JournalRecord) : null;
}

/** Tab ids of every journal in the storage, well-formed or not. */
export function journalTabIds(storage: JournalStorage): string[] {
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(JOURNAL_PREFIX)) ids.push(k.slice(JOURNAL_PREFIX.length));
  }
  return ids;
}

export interface PendingOptions {
  /** Tabs still alive (their journals are theirs, not a crash's). */
  liveTabs: ReadonlySet<string>;
  /** When the library copy of a named project was saved (epoch ms), or undefined when there is none. */
  savedAt(name: string): number | undefined;
}

/**
 * Journals worth offering for recovery, newest first: those of tabs that are gone, unless the
 * project was saved (in any tab) after the journal's last flush — then the journal is superseded
 * and deleted. Unreadable journals are left alone and never offered.
 */
export function pendingJournals(storage: JournalStorage, { liveTabs, savedAt }: PendingOptions): JournalRecord[] {
  const found: JournalRecord[] = [];
  for (const tabId of journalTabIds(storage)) {
    if (liveTabs.has(tabId)) continue;
    const record = readJournal(storage, tabId);
    if (!record) continue;
    const saved = record.name === null ? undefined : savedAt(record.name);
    if (saved !== undefined && saved >= record.writtenAt) {
      removeJournal(storage, tabId);
      continue;
    }
    found.push(record);
  }
  return found.sort((a, b) => b.writtenAt - a.writtenAt);
}
