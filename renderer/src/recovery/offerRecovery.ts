import { useDialogs } from '../app/dialogStore';
import { adoptSnapshot } from '../files/adoptSnapshot';
import { baseName, useDocument } from '../files/documentStore';
import { loadText } from '../files/fileActions';
import { webLibrary } from '../files/webLibrary';
import { useDesign } from '../store/designStore';
import { pendingJournals, removeJournal, type JournalStorage } from './webJournal';
import { liveTabIds, webAutosave } from './webSession';

const RECOVER = [{ id: 'recover', label: 'Recover' }, { id: 'discard', label: 'Discard' }];

const when = (at: number | string) => new Date(at).toLocaleString();

function ask(writtenAt: number | string, what: string): Promise<string | null> {
  return useDialogs.getState().choose('Recover unsaved work', `Recover unsaved work from ${when(writtenAt)}? (${what}) It was not saved before VirtLab closed unexpectedly.`, RECOVER);
}

/**
 * At start-up: offers the unsaved work a crashed (or force-closed) tab left in its journal,
 * newest first. Recover loads it marked unsaved; Discard deletes it; Cancel keeps it for the next
 * start. A journal the project was saved over since is dropped without asking.
 */
export async function offerWebRecovery(storage: JournalStorage = localStorage): Promise<void> {
  const pending = pendingJournals(storage, { liveTabs: await liveTabIds(), savedAt: (name) => webLibrary.get(name)?.savedAt });
  for (const journal of pending) {
    const answer = await ask(journal.writtenAt, journal.name ? `project “${journal.name}”` : 'an untitled project');
    if (answer === 'discard') { removeJournal(storage, journal.tabId); continue; }
    if (answer !== 'recover') continue;
    if (await loadText(journal.name, journal.text, { dirty: true, label: 'the recovered work' })) {
      // Journal the recovered work under this tab at once, then drop the crashed tab's copy.
      webAutosave()?.flush();
      removeJournal(storage, journal.tabId);
      useDesign.getState().notify('info', 'Recovered your unsaved work. Save it to keep it.');
    }
    return;
  }
}

/** The desktop edition: the main process keeps the journals; the renderer only asks the user. */
export async function offerDesktopRecovery(): Promise<void> {
  const { client, notify } = useDesign.getState();
  if (!client) return;
  const check = await client.call('recoveryCheck', {});
  if (!check.ok) { notify('error', `Could not look for unsaved work: ${check.error.message}`); return; }
  for (const entry of check.value.entries) {
    const what = entry.projectPath ? `${entry.name}, ${entry.projectPath}` : `${entry.name}, never saved`;
    const answer = await ask(entry.writtenAt, what);
    if (answer === 'discard') {
      const r = await client.call('recoveryDiscard', { id: entry.id });
      if (!r.ok) notify('error', r.error.message);
      continue;
    }
    if (answer !== 'recover') continue;
    const r = await client.call('recoveryRestore', { id: entry.id });
    if (!r.ok) { if (r.error.code !== 'cancelled') notify('error', r.error.message); return; }
    useDocument.getState().resetDirty(r.value.path);
    adoptSnapshot(r.value.snapshot);
    notify('info', `Recovered unsaved work${r.value.path ? ` of ${baseName(r.value.path)}` : ''}. Save it to keep it.`);
    return;
  }
}
