import { useDialogs } from '../app/dialogStore';
import { useDesign } from '../store/designStore';
import { baseName, useDocument } from './documentStore';
import { downloadText, webLibrary } from './webLibrary';

const design = () => useDesign.getState();
const doc = () => useDocument.getState();

/** Is there work that a New / Open would throw away? Asks before it does. */
async function confirmDiscard(): Promise<boolean> {
  const rev = design().snapshot?.revision ?? 0;
  if (rev === doc().savedRevision) return true;
  const answer = await useDialogs.getState().choose('Unsaved changes', 'This project has changes that are not saved. Save them first?', [
    { id: 'save', label: 'Save' },
    { id: 'discard', label: 'Don’t save' },
  ]);
  if (answer === 'save') return saveProject(false);
  return answer === 'discard';
}

/** Save (or Save As): to disk on desktop, to the browser's project library on the web. */
export async function saveProject(saveAs: boolean): Promise<boolean> {
  const { client, snapshot, notify } = design();
  if (!client || !snapshot) return false;
  if (client.platform === 'desktop') {
    const r = await client.call('fileSave', { saveAs });
    if (!r.ok) { notify('error', r.error.message); return false; }
    if (!r.value) return false;
    doc().setSaved(r.value.path, snapshot.revision);
    notify('info', `Saved ${baseName(r.value.path)}.`);
    return true;
  }
  let name = doc().name;
  if (!name || saveAs) name = await useDialogs.getState().ask(saveAs ? 'Save project as' : 'Save project', 'Project name', name ?? 'Untitled lab', 'Save');
  if (!name) return false;
  if (saveAs && webLibrary.get(name) && name !== doc().name) {
    const over = await useDialogs.getState().choose('Replace project?', `A project named “${name}” already exists in this browser. Replace it?`, [{ id: 'replace', label: 'Replace' }]);
    if (over !== 'replace') return false;
  }
  const text = await client.call('projectSerialize', {});
  if (!text.ok) { notify('error', text.error.message); return false; }
  try {
    webLibrary.put(name, text.value.text);
  } catch (e) {
    notify('error', (e as Error).message);
    return false;
  }
  doc().setSaved(name, snapshot.revision);
  notify('info', `Saved “${name}”.`);
  return true;
}

/** Loads project text into the engine, showing any repair warnings. */
export async function loadText(name: string, text: string): Promise<boolean> {
  const { client, notify } = design();
  if (!client) return false;
  const r = await client.call('projectLoad', { text });
  if (!r.ok) { notify('error', `Could not open “${name}”: ${r.error.message}`); return false; }
  doc().reset(name, r.value.snapshot.revision);
  useDesign.setState({ snapshot: r.value.snapshot, selection: [] });
  for (const w of r.value.warnings.slice(0, 5)) notify('info', w);
  if (r.value.warnings.length > 5) notify('info', `…and ${r.value.warnings.length - 5} more repairs.`);
  return true;
}

/** Opens a project: the file dialog on desktop; the browser library or a file on the web. */
export async function openProject(): Promise<void> {
  if (!(await confirmDiscard())) return;
  const { client, notify } = design();
  if (!client) return;
  if (client.platform === 'desktop') {
    const r = await client.call('fileOpen', {});
    if (!r.ok) { notify('error', r.error.message); return; }
    if (r.value) {
      doc().reset(r.value.path, r.value.snapshot.revision);
      useDesign.setState({ snapshot: r.value.snapshot, selection: [] });
    }
    return;
  }
  const stored = webLibrary.list();
  const pick = await useDialogs.getState().choose('Open project', stored.length ? 'Projects saved in this browser:' : 'No projects are saved in this browser yet.', [
    ...stored.map((p) => ({ id: `lib:${p.name}`, label: `${p.name} — ${new Date(p.savedAt).toLocaleString()}` })),
    { id: 'file', label: 'Open a file from disk…' },
  ]);
  if (!pick) return;
  if (pick === 'file') return pickFile();
  const p = webLibrary.get(pick.slice(4));
  if (p) await loadText(p.name, p.text);
}

/** The web edition's file picker for *.virtlab.json. */
function pickFile(): Promise<void> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.virtlab.json,application/json';
    input.onchange = async () => {
      const f = input.files?.[0];
      if (f) await loadText(f.name.replace(/\.virtlab\.json$|\.json$/, ''), await f.text());
      resolve();
    };
    input.click();
  });
}

/** Downloads the project as a *.virtlab.json file (web edition). */
export async function downloadProject(): Promise<void> {
  const { client, notify } = design();
  const r = await client?.call('projectSerialize', {});
  if (!r?.ok) { if (r) notify('error', r.error.message); return; }
  downloadText(`${doc().name ?? 'untitled'}.virtlab.json`, r.value.text);
}

/** Starts an empty project (after asking about unsaved work). */
export async function newProject(): Promise<void> {
  if (!(await confirmDiscard())) return;
  const r = await design().client?.call('designNew', {});
  if (r?.ok) {
    doc().reset(null, r.value.revision);
    useDesign.setState({ snapshot: r.value, selection: [] });
  }
}
