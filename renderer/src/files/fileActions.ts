import { useDialogs } from '../app/dialogStore';
import { adoptSnapshot } from './adoptSnapshot';
import { safeStem } from '../export/exportFormats';
import { useDesign } from '../store/designStore';
import { baseName, documentDirty, useDocument } from './documentStore';
import { projectNameOf, projectTextFromFile } from '../../../shared/diagram/projectFile';
import { downloadText, webLibrary } from './webLibrary';

const design = () => useDesign.getState();
const doc = () => useDocument.getState();
const dialogs = () => useDialogs.getState();
const isDesktop = () => design().client?.platform === 'desktop';

/** The desktop main process asks about unsaved work itself and answers `cancelled` when the user backs out. */
const cancelled = (code: string) => code === 'cancelled';

/**
 * Is there work that a New / Open would throw away? Asks before it does (web edition; on the
 * desktop the main process asks with a native dialog when the design is replaced).
 */
export async function confirmDiscard(): Promise<boolean> {
  if (isDesktop() || !documentDirty()) return true;
  const answer = await dialogs().choose('Unsaved changes', 'This project has changes that are not saved. Save them first?', [
    { id: 'save', label: 'Save' },
    { id: 'discard', label: 'Don’t save' },
  ]);
  if (answer === 'save') return saveProject(false);
  return answer === 'discard';
}

/** Asks for a library name that does not overwrite another project by surprise. */
async function chooseLibraryName(saveAs: boolean): Promise<string | null> {
  const current = doc().name;
  let suggestion = current ?? doc().suggestion ?? 'Untitled lab';
  for (;;) {
    const name = await dialogs().ask(saveAs ? 'Save project as' : 'Save project', 'Project name', suggestion, 'Save');
    if (!name) return null;
    if (name === current || !webLibrary.get(name)) return name;
    const saved = new Date(webLibrary.get(name)!.savedAt).toLocaleString();
    const answer = await dialogs().choose('Replace project?', `A project named “${name}” (saved ${saved}) already exists in this browser. Replace it with this one?`, [
      { id: 'replace', label: 'Replace' },
      { id: 'rename', label: 'Choose another name' },
    ]);
    if (answer === 'replace') return name;
    if (answer !== 'rename') return null;
    suggestion = name;
  }
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
  const name = !doc().name || saveAs ? await chooseLibraryName(saveAs) : doc().name;
  if (!name) return false;
  // Serialize the revision being saved: edits made while the dialog was open count as saved only if serialized.
  const revision = design().snapshot?.revision ?? snapshot.revision;
  const text = await client.call('projectSerialize', {});
  if (!text.ok) { notify('error', text.error.message); return false; }
  try {
    webLibrary.put(name, text.value.text);
  } catch (e) {
    notify('error', (e as Error).message);
    return false;
  }
  doc().setSaved(name, revision);
  notify('info', `Saved “${name}”.`);
  return true;
}

export interface LoadOptions {
  /** Mark the loaded project as unsaved (a recovered journal, a template). */
  dirty?: boolean;
  /** Name shown in error messages when `name` is null. */
  label?: string;
}

/** Loads project text into the engine, showing any repair warnings. */
export async function loadText(name: string | null, text: string, options: LoadOptions = {}): Promise<boolean> {
  const { client, notify } = design();
  if (!client) return false;
  const r = await client.call('projectLoad', { text });
  if (!r.ok) {
    if (!cancelled(r.error.code)) notify('error', `Could not open “${name ?? options.label ?? 'the project'}”: ${r.error.message}`);
    return false;
  }
  if (options.dirty) doc().resetDirty(name);
  else doc().reset(name, r.value.snapshot.revision);
  adoptSnapshot(r.value.snapshot);
  showWarnings(r.value.warnings);
  return true;
}

function showWarnings(warnings: readonly string[]): void {
  const { notify } = design();
  for (const w of warnings.slice(0, 5)) notify('info', w);
  if (warnings.length > 5) notify('info', `…and ${warnings.length - 5} more repairs.`);
}

/** Desktop: opens a file through the main process (its dialog, or a recent path). */
async function openOnDesktop(path?: string): Promise<void> {
  const { client, notify } = design();
  if (!client) return;
  const r = await client.call('fileOpen', path ? { path } : {});
  if (!r.ok) { if (!cancelled(r.error.code)) notify('error', r.error.message); return; }
  if (!r.value) return;
  doc().reset(r.value.path, r.value.snapshot.revision);
  adoptSnapshot(r.value.snapshot);
  showWarnings(r.value.warnings);
}

/** Opens a library project of the web edition by name. */
async function openFromLibrary(name: string): Promise<void> {
  const p = webLibrary.get(name);
  if (!p) { design().notify('error', `“${name}” is no longer in this browser’s library.`); return; }
  if (await loadText(p.name, p.text)) webLibrary.opened(p.name);
}

/** Opens a project: the file dialog on desktop; the browser library or a file on the web. */
export async function openProject(): Promise<void> {
  if (!design().client) return;
  if (isDesktop()) return openOnDesktop();
  if (!(await confirmDiscard())) return;
  const stored = webLibrary.list();
  const pick = await dialogs().choose('Open project', stored.length ? 'Projects saved in this browser:' : 'No projects are saved in this browser yet.', [
    ...stored.map((p) => ({ id: `lib:${p.name}`, label: `${p.name} — ${new Date(p.savedAt).toLocaleString()}` })),
    { id: 'file', label: 'Open a file from disk…', detail: 'A .virtlab.json project, or an SVG or PNG exported by VirtLab' },
  ]);
  if (!pick) return;
  if (pick === 'file') return pickAndOpenFile();
  await openFromLibrary(pick.slice(4));
}

/** Open Recent: the desktop's recent files, or the web library by date with the last opened first flagged. */
export async function openRecent(): Promise<void> {
  const { client, notify } = design();
  if (!client) return;
  if (client.platform === 'desktop') {
    const r = await client.call('fileRecent', {});
    if (!r.ok) { notify('error', r.error.message); return; }
    const pick = await dialogs().choose('Open recent', r.value.paths.length ? 'Recently opened projects:' : 'No recent projects.', r.value.paths.map((p) => ({ id: p, label: baseName(p), detail: p })));
    if (pick) await openOnDesktop(pick);
    return;
  }
  const recent = webLibrary.recent();
  if (!recent.length) { notify('info', 'No projects are saved in this browser yet.'); return; }
  if (!(await confirmDiscard())) return;
  const pick = await dialogs().choose('Open recent', 'Projects in this browser, most recently used first:', recent.map((p) => ({
    id: p.name,
    label: p.name,
    detail: `${p.lastOpened ? 'Last opened · ' : ''}saved ${new Date(p.savedAt).toLocaleString()}`,
  })));
  if (pick) await openFromLibrary(pick);
}

/** Reads a file the user picked (project, or VirtLab SVG / PNG) and loads its project. */
export async function openFileBytes(fileName: string, bytes: Uint8Array): Promise<boolean> {
  const found = projectTextFromFile(fileName, bytes, new TextDecoder('utf-8', { fatal: true }));
  if (!found.ok) { design().notify('error', `“${fileName}”: ${found.message}`); return false; }
  // A file from disk is not in the library: it gets a name, and the first Save asks where it goes.
  const ok = await loadText(null, found.text, { label: fileName });
  if (ok) {
    doc().suggest(projectNameOf(fileName));
    showWarnings(found.warnings);
    design().notify('info', `Opened ${fileName}.`);
  }
  return ok;
}

/** The web edition's file picker: project files and VirtLab SVG/PNG exports. */
export async function pickAndOpenFile(): Promise<void> {
  if (!(await confirmDiscard())) return;
  const file = await pickFile('.virtlab.json,.json,.svg,.png,application/json,image/svg+xml,image/png');
  if (file) await openFileBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Downloads the project as a *.virtlab.json file (web edition). */
export async function downloadProject(): Promise<void> {
  const { client, notify } = design();
  const r = await client?.call('projectSerialize', {});
  if (!r?.ok) { if (r) notify('error', r.error.message); return; }
  downloadText(`${fileStem()}.virtlab.json`, r.value.text);
}

/** A file name stem for downloads and exports: the document's name, else "untitled". */
export const fileStem = (): string => {
  const name = doc().name;
  const stem = name ? baseName(name).replace(/\.virtlab\.json$|\.json$/i, '') : doc().suggestion ?? 'untitled';
  return safeStem(stem);
};

/** Starts an empty project (after asking about unsaved work). */
export async function newProject(): Promise<void> {
  if (!(await confirmDiscard())) return;
  const r = await design().client?.call('designNew', {});
  if (!r) return;
  if (!r.ok) { if (!cancelled(r.error.code)) design().notify('error', r.error.message); return; }
  doc().reset(null, r.value.revision);
  adoptSnapshot(r.value);
}
