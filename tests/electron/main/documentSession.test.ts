import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import { emptyDesign } from '../../../shared/engine/design';
import type { AppState } from '../../../shared/ipc/contract';
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { embedProjectInPng, toSvg } from '../../../shared/diagram';
import { sampleDesign } from '../../shared/diagram/sampleDesign';
import { tinyPng } from '../../shared/diagram/tinyPng';
import { windowTitle } from '../../../electron/main/document/documentName';
import { DocumentSession, type DocumentDialogs, type UnsavedChoice } from '../../../electron/main/document/documentSession';
import { AutosaveJournal } from '../../../electron/services/autosaveJournal';
import { RecentFiles } from '../../../electron/services/recentFiles';
import { RecoveryStore } from '../../../electron/services/recoveryStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'virtlab-doc-'));
});
afterEach(async () => {
  // A journal flush a test left scheduled (5 ms) may still write into the folder while it goes:
  // rm then meets ENOTEMPTY, which its retries are for.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
});

/** A desktop document wired like the app's, with scripted dialogs and a real engine, journal and disk. */
function desktop(options: { recoveryDir?: string } = {}) {
  const recovery = new RecoveryStore(options.recoveryDir ?? join(dir, 'recovery'));
  const journal = new AutosaveJournal(recovery, { delayMs: 5, maxWaitMs: 50 });
  const recent = new RecentFiles(join(dir, 'recent.json'));
  const states: AppState[] = [];
  const answers: UnsavedChoice[] = [];
  const savePaths: (string | null)[] = [];
  const dialogs: DocumentDialogs = {
    chooseProjectToOpen: vi.fn(async () => null),
    chooseProjectSavePath: vi.fn(async () => savePaths.shift() ?? null),
    askSaveChanges: vi.fn(async () => answers.shift() ?? 'cancel'),
  };
  let session: DocumentSession | null = null;
  const engine = new EngineHost((event) => {
    if (event === 'designChanged') session?.designChanged();
  });
  const touched: string[] = [];
  session = new DocumentSession({
    engine, journal, recovery, recent, dialogs, appVersion: '0.1.0',
    onStateChanged: (s) => states.push(s), onRecentChanged: () => {}, onProjectTouched: (p) => touched.push(p),
  });
  const addHost = (x = 0) => engine.handle('designCommand', { command: { type: 'addNode', kind: 'host', parentId: null, position: { x, y: 0 } } });
  return { session, engine, journal, recovery, recent, dialogs, states, answers, savePaths, addHost, touched };
}

async function projectFile(name: string, design = emptyDesign()): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, serializeProject(design));
  return path;
}

describe('DocumentSession: dirty state and title', () => {
  it('starts clean and untitled; a change makes it dirty and the title shows it', () => {
    const { session, addHost, states } = desktop();
    expect(session.state()).toEqual({ path: null, name: 'Untitled', dirty: false, warnings: [] });
    addHost();
    expect(session.dirty).toBe(true);
    expect(states.at(-1)).toMatchObject({ dirty: true });
    expect(windowTitle(states.at(-1)!)).toBe('• Untitled — VirtLab');
  });

  it('is clean again when undo returns to the saved design', async () => {
    const { session, engine, addHost, savePaths } = desktop();
    addHost();
    savePaths.push(join(dir, 'lab.virtlab.json'));
    await session.save(false);
    addHost(100);
    expect(session.dirty).toBe(true);
    engine.handle('designUndo', {});
    expect(session.dirty).toBe(false);
  });
});

describe('DocumentSession: save', () => {
  it('asks where to save an untitled project, writes it, and is clean after', async () => {
    const { session, addHost, savePaths, recent, states, touched } = desktop();
    addHost();
    savePaths.push(join(dir, 'lab.virtlab.json'));
    const saved = await session.save(false);
    const path = join(dir, 'lab.virtlab.json');
    expect(saved).toEqual({ ok: true, value: { path } });
    expect(parseProject(await readFile(path, 'utf8')).ok).toBe(true);
    expect(states.at(-1)).toEqual({ path, name: 'lab', dirty: false, warnings: [] });
    expect(windowTitle(states.at(-1)!)).toBe('lab — VirtLab');
    expect(await recent.list()).toEqual([path]);
    expect(touched).toEqual([path]);
  });

  it('saves to the same file without asking, and Save As asks again', async () => {
    const { session, addHost, savePaths, dialogs } = desktop();
    addHost();
    savePaths.push(join(dir, 'a.virtlab.json'));
    await session.save(false);
    addHost(10);
    await session.save(false);
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledTimes(1);
    savePaths.push(join(dir, 'b.virtlab.json'));
    expect(await session.save(true)).toEqual({ ok: true, value: { path: join(dir, 'b.virtlab.json') } });
    expect(session.state().path).toBe(join(dir, 'b.virtlab.json'));
  });

  it('returns null when the dialog is cancelled, and stays dirty', async () => {
    const { session, addHost } = desktop();
    addHost();
    expect(await session.save(false)).toEqual({ ok: true, value: null });
    expect(session.dirty).toBe(true);
  });

  it('reports a failed write as a typed error and stays dirty', async () => {
    const { session, addHost, savePaths } = desktop();
    addHost();
    savePaths.push(join(dir, 'no-such-dir', 'lab.virtlab.json'));
    const result = await session.save(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(session.dirty).toBe(true);
  });
});

describe('DocumentSession: open', () => {
  it('opens a project, remembers it, and is clean', async () => {
    const { session, recent } = desktop();
    const path = await projectFile('lab.virtlab.json');
    const opened = await session.open(path);
    expect(opened).toMatchObject({ ok: true, value: { path, warnings: [] } });
    expect(session.state()).toMatchObject({ path, name: 'lab', dirty: false });
    expect(await recent.list()).toEqual([path]);
  });

  it('refuses a file that is not a project, leaving the open one untouched', async () => {
    const { session, addHost } = desktop();
    addHost();
    const bad = join(dir, 'notes.json');
    await writeFile(bad, '{"hello": 1}');
    expect(await session.open(bad)).toMatchObject({ ok: false, error: { code: 'not-a-project' } });
    expect(session.dirty).toBe(true);
  });

  it('opens an SVG or PNG diagram VirtLab exported as a new untitled project; Save never writes over the picture', async () => {
    const { session, savePaths, dialogs, recent } = desktop();
    const design = sampleDesign();
    const svg = join(dir, 'rack.svg');
    await writeFile(svg, toSvg(design));
    const opened = await session.open(svg);
    expect(opened).toMatchObject({ ok: true, value: { path: null } });
    if (opened.ok && opened.value) expect([...opened.value.snapshot.design.topology.nodes.keys()].sort()).toEqual([...design.topology.nodes.keys()].sort());
    expect(session.state()).toMatchObject({ path: null, name: 'Untitled', dirty: false });
    expect(await recent.list()).toEqual([]);
    savePaths.push(join(dir, 'rack.virtlab.json'));
    await session.save(false);
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledWith('rack.virtlab.json');
    expect(await readFile(svg, 'utf8')).toBe(toSvg(design));

    const png = join(dir, 'shot.png');
    await writeFile(png, embedProjectInPng(tinyPng(), serializeProject(design)));
    expect(await session.open(png)).toMatchObject({ ok: true, value: { path: null } });
    const photo = join(dir, 'photo.png');
    await writeFile(photo, tinyPng());
    expect(await session.open(photo)).toMatchObject({ ok: false, error: { code: 'no-embedded-project', message: expect.stringContaining(`Could not open ${photo}: This PNG image has no embedded VirtLab project`) } });
  });

  it('asks about unsaved changes before replacing them: Cancel keeps everything', async () => {
    const { session, addHost, answers, dialogs } = desktop();
    addHost();
    const path = await projectFile('other.virtlab.json');
    answers.push('cancel');
    expect(await session.open(path)).toEqual({ ok: true, value: null });
    expect(dialogs.askSaveChanges).toHaveBeenCalledWith('Untitled');
    expect(session.state()).toMatchObject({ path: null, dirty: true });
  });

  it("Don't Save discards the changes (and their journal) and opens", async () => {
    const { session, addHost, answers, journal, recovery } = desktop();
    addHost();
    await journal.flush();
    expect(await recovery.pending()).toHaveLength(1);
    answers.push('discard');
    const path = await projectFile('other.virtlab.json');
    expect(await session.open(path)).toMatchObject({ ok: true, value: { path } });
    expect(await recovery.pending()).toEqual([]);
  });

  it('Save saves first, then opens', async () => {
    const { session, addHost, answers, savePaths } = desktop();
    addHost();
    answers.push('save');
    savePaths.push(join(dir, 'first.virtlab.json'));
    const other = await projectFile('other.virtlab.json');
    await session.open(other);
    expect(parseProject(await readFile(join(dir, 'first.virtlab.json'), 'utf8')).ok).toBe(true);
    expect(session.state().path).toBe(other);
  });

  it('prunes a recent entry whose file has gone', async () => {
    const { session, recent } = desktop();
    const path = await projectFile('gone.virtlab.json');
    await recent.add(path);
    await rm(path);
    expect(await session.open(path)).toMatchObject({ ok: false, error: { code: 'read-failed' } });
    expect(await recent.includes(path)).toBe(false);
  });
});

describe('DocumentSession: close', () => {
  it('closes a clean document without asking', async () => {
    const { session, dialogs } = desktop();
    expect(await session.prepareClose()).toBe(true);
    expect(dialogs.askSaveChanges).not.toHaveBeenCalled();
  });

  it("asks Save / Don't Save / Cancel when there are unsaved changes", async () => {
    const { session, addHost, answers, savePaths, recovery, journal } = desktop();
    addHost();
    answers.push('cancel');
    expect(await session.prepareClose()).toBe(false);

    answers.push('save');
    savePaths.push(null); // the save dialog is cancelled: do not close
    expect(await session.prepareClose()).toBe(false);

    await journal.flush();
    answers.push('discard');
    expect(await session.prepareClose()).toBe(true);
    expect(await recovery.pending()).toEqual([]); // a chosen discard leaves no journal behind
  });
});

describe('DocumentSession: autosave and crash recovery', () => {
  it('journals unsaved work, never touching the project file or its folder, and removes the journal on save', async () => {
    const { session, addHost, recovery, journal, savePaths } = desktop();
    await mkdir(join(dir, 'projects'));
    const path = await projectFile('projects/lab.virtlab.json');
    await session.open(path);
    const before = await readFile(path, 'utf8');
    addHost();
    await new Promise((r) => setTimeout(r, 20));
    await journal.idle();
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(join(dir, 'projects'))).toEqual(['lab.virtlab.json']);
    // The journal is this session's own, so it is not offered as a crash leftover.
    expect(await session.pendingRecoveries()).toEqual([]);
    expect(await recovery.pending()).toHaveLength(1);
    savePaths.push(null);
    await session.save(false);
    expect(await recovery.pending()).toEqual([]);
  });

  it('after a crash, offers the journal and restores it as unsaved work that saves to the original file', async () => {
    const recoveryDir = join(dir, 'recovery');
    const path = await projectFile('lab.virtlab.json');
    await utimes(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

    const crashed = desktop({ recoveryDir });
    await crashed.session.open(path);
    crashed.addHost(1);
    crashed.addHost(2);
    await new Promise((r) => setTimeout(r, 20));
    await crashed.journal.idle();
    const crashedDesign = crashed.engine.current();
    // …the process dies here: no close, no discard.

    const next = desktop({ recoveryDir });
    const [entry, ...others] = await next.session.pendingRecoveries();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ projectPath: path, name: 'lab' });

    const restored = await next.session.restore(entry!.id);
    expect(restored).toMatchObject({ ok: true, value: { path } });
    expect([...next.engine.current().topology.nodes.keys()]).toEqual([...crashedDesign.topology.nodes.keys()]);
    expect(next.session.state()).toMatchObject({ path, dirty: true });

    await next.session.save(false);
    const reread = parseProject(await readFile(path, 'utf8'));
    expect(reread.ok && [...reread.value.design.topology.nodes.keys()]).toHaveLength(2);
    expect(await next.recovery.pending()).toEqual([]);
  });

  it('discards a recovery on request, but never the open document own journal', async () => {
    const { session, recovery, journal, addHost } = desktop();
    await recovery.write({ id: 'untitled-old', projectPath: null, writtenAt: new Date().toISOString(), text: serializeProject(emptyDesign()) });
    expect(await session.discardRecovery('untitled-old')).toEqual({ ok: true, value: { discarded: true } });
    addHost();
    await journal.flush();
    expect(await session.discardRecovery(journal.id!)).toMatchObject({ ok: false, error: { code: 'recovery-not-found' } });
  });
});

describe('DocumentSession: new and load', () => {
  it('new and projectLoad replace the document only after asking, and give an untitled clean project', async () => {
    const { session, addHost, answers } = desktop();
    addHost();
    answers.push('cancel');
    expect(await session.newDocument()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    answers.push('discard');
    expect((await session.newDocument()).ok).toBe(true);
    expect(session.state()).toMatchObject({ path: null, dirty: false });
    const loaded = await session.loadText(serializeProject(emptyDesign()));
    expect(loaded.ok).toBe(true);
    expect(await session.loadText('nope')).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });
});
