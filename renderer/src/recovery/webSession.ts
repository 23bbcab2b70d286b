import { serializeProject } from '../../../shared/schema/project';
import { documentDirty, useDocument } from '../files/documentStore';
import { useDesign } from '../store/designStore';
import { WebAutosave } from './autosave';
import { type JournalStorage } from './webJournal';

const LOCK_PREFIX = 'virtlab:tab:';

/** A random id for this tab (journal key and Web Lock name). */
export const newTabId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Holds a Web Lock for as long as this tab lives; the browser releases it when the tab closes or
 * crashes, which is how a later tab tells a crashed tab's journal from a live tab's.
 */
export function holdTabLock(tabId: string): void {
  if (typeof navigator === 'undefined' || !navigator.locks) return;
  void navigator.locks.request(`${LOCK_PREFIX}${tabId}`, () => new Promise<never>(() => {})).catch(() => {});
}

/** The ids of tabs that are alive now (empty when the browser has no Web Locks). */
export async function liveTabIds(): Promise<Set<string>> {
  if (typeof navigator === 'undefined' || !navigator.locks) return new Set();
  const { held = [] } = await navigator.locks.query();
  return new Set(held.map((l) => l.name ?? '').filter((n) => n.startsWith(LOCK_PREFIX)).map((n) => n.slice(LOCK_PREFIX.length)));
}

/** This tab's id, stable for the page's life (React may start and stop the session twice in development). */
const TAB_ID = newTabId();

let current: WebAutosave | null = null;

/** This tab's autosave, once started. */
export const webAutosave = (): WebAutosave | null => current;

/**
 * Starts the web edition's autosave for this tab: a journal flushed 1 s after the last change, and
 * at once when the page is hidden or unloads; removed whenever the document is clean (saved, new,
 * opened). Returns a function that stops it.
 */
export function startWebAutosave(storage: JournalStorage = localStorage, tabId = TAB_ID): () => void {
  holdTabLock(tabId);
  let failing = false;
  const autosave = new WebAutosave(storage, tabId, {
    dirty: documentDirty,
    name: () => useDocument.getState().name,
    revision: () => useDesign.getState().snapshot?.revision ?? 0,
    // Compact JSON: browser storage is small, and the library shares it.
    serialize: () => serializeProject(useDesign.getState().snapshot!.design, undefined, 0),
    serializeInBackground: async () => {
      const r = await useDesign.getState().client!.call('projectSerialize', { compact: true });
      if (!r.ok) throw new Error(`Autosave failed: ${r.error.message}`);
      return r.value.text;
    },
  }, {
    onError: (e) => {
      if (!failing) useDesign.getState().notify('error', e.message);
      failing = true;
    },
    onFlushed: (at) => {
      failing = false;
      document.documentElement.dataset.journalFlushedAt = String(at);
    },
  });
  current = autosave;

  const react = () => {
    if (!useDesign.getState().snapshot) return;
    if (documentDirty()) autosave.changed();
    else autosave.clear();
  };
  const offDesign = useDesign.subscribe((s, prev) => { if (s.snapshot?.revision !== prev.snapshot?.revision) react(); });
  const offDoc = useDocument.subscribe((s, prev) => { if (s.savedRevision !== prev.savedRevision || s.name !== prev.name) react(); });
  const onHidden = () => { if (document.visibilityState === 'hidden') autosave.flush(); };
  const onPageHide = () => autosave.flush();
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    offDesign();
    offDoc();
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onPageHide);
    autosave.flush();
    if (current === autosave) current = null;
  };
}
