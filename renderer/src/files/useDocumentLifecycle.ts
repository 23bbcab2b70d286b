import { useEffect } from 'react';
import { offerDesktopRecovery, offerWebRecovery } from '../recovery/offerRecovery';
import { startWebAutosave } from '../recovery/webSession';
import { useDesign } from '../store/designStore';
import { documentDirty, useDocument } from './documentStore';

let recoveryOffered = false;

/**
 * The document's life around the editing: autosave journal and crash recovery at start-up, the
 * "unsaved changes" prompt when the page closes (web), and the desktop's document state (the main
 * process owns the file, asks before closing and journals the work itself).
 */
export function useDocumentLifecycle(): void {
  const client = useDesign((s) => s.client);
  const ready = useDesign((s) => s.snapshot !== null);

  useEffect(() => {
    if (!client || !ready) return;
    const once = !recoveryOffered;
    recoveryOffered = true;
    if (client.platform === 'desktop') {
      const off = client.on('appState', (s) => useDocument.getState().setPlatformState(s.path, s.dirty));
      void client.call('appState', {}).then((r) => { if (r.ok) useDocument.getState().setPlatformState(r.value.path, r.value.dirty); });
      if (once) void offerDesktopRecovery();
      return off;
    }
    const stop = startWebAutosave();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!documentDirty()) return;
      // The browser shows its own "Leave site?" prompt; the journal keeps the work either way.
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    if (once) void offerWebRecovery();
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      stop();
    };
  }, [client, ready]);
}
