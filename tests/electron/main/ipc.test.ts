import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import { CONTRACT, type ChannelKey, type IpcResult, type MenuChecks } from '../../../shared/ipc/contract';
import { serializeProject } from '../../../shared/schema/project';
import { emptyDesign } from '../../../shared/engine/design';
import type { AppLocation } from '../../../electron/main/appLocation';
import { DocumentSession, type DocumentDialogs } from '../../../electron/main/document/documentSession';
import type { ExportDialogs } from '../../../electron/main/document/nativeDialogs';
import { channelHandlers, type ChannelHandlers } from '../../../electron/main/ipc/channelHandlers';
import { registerIpc } from '../../../electron/main/ipc/registerIpc';
import { isTrustedSender } from '../../../electron/main/ipc/trustedSender';
import { AutosaveJournal } from '../../../electron/services/autosaveJournal';
import { RecentFiles } from '../../../electron/services/recentFiles';
import { RecoveryStore } from '../../../electron/services/recoveryStore';

const LOCATION: AppLocation = { kind: 'file', indexPath: '/app/out/renderer/index.html' };
const APP_PAGE = 'file:///app/out/renderer/index.html';

type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<IpcResult<unknown>>;

function fakeEvent(url: string, options: { subframe?: boolean } = {}) {
  const sender = { undo: vi.fn(), redo: vi.fn(), cut: vi.fn(), copy: vi.fn(), paste: vi.fn(), delete: vi.fn(), selectAll: vi.fn() };
  const frame = { url, parent: options.subframe ? { url } : null };
  return { senderFrame: frame, sender } as unknown as IpcMainInvokeEvent & { sender: typeof sender };
}

let dir: string;
let handlers: Map<string, Invoke>;
let dialogs: DocumentDialogs & { chooseExportPath: Mock<ExportDialogs['chooseExportPath']> };
let recent: RecentFiles;
let shownChecks: MenuChecks[];
const CHECKS: MenuChecks = { toggleMinimap: true, toggleLegend: false, toggleDiagnostics: true, toggleSnap: false, toggleTheme: false };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'virtlab-ipc-'));
  recent = new RecentFiles(join(dir, 'recent.json'));
  const recovery = new RecoveryStore(join(dir, 'recovery'));
  let session: DocumentSession | null = null;
  const engine = new EngineHost((event) => {
    if (event === 'designChanged') session?.designChanged();
  });
  dialogs = {
    chooseProjectToOpen: vi.fn(async () => null),
    chooseProjectSavePath: vi.fn(async () => null),
    askSaveChanges: vi.fn(async () => 'cancel' as const),
    chooseExportPath: vi.fn<ExportDialogs['chooseExportPath']>(async () => join(dir, 'diagram.svg')),
  };
  session = new DocumentSession({
    engine, journal: new AutosaveJournal(recovery), recovery, recent, dialogs, appVersion: '0.1.0',
    onStateChanged: () => {}, onRecentChanged: () => {},
  });
  handlers = new Map();
  shownChecks = [];
  const ipcMain = { handle: (channel: string, listener: Invoke) => handlers.set(channel, listener) };
  registerIpc(ipcMain as never, channelHandlers({ engine, session, recent, dialogs, showMenuChecks: (c) => shownChecks.push(c) }), (event) => isTrustedSender(event, LOCATION));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const invoke = (key: ChannelKey, payload: unknown, event = fakeEvent(APP_PAGE)) => handlers.get(CONTRACT[key].channel)!(event, payload);

describe('IPC handlers', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(CONTRACT).map((c) => c.channel).sort());
  });

  it('reject a foreign sender on every channel with forbidden-sender', async () => {
    for (const key of Object.keys(CONTRACT) as ChannelKey[]) {
      for (const event of [fakeEvent('https://evil.example/'), fakeEvent('file:///tmp/evil.html'), fakeEvent(APP_PAGE, { subframe: true })]) {
        const result = await invoke(key, {}, event);
        expect(result, `${key} from ${event.senderFrame!.url}`).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      }
      const gone = { senderFrame: null } as unknown as IpcMainInvokeEvent;
      await expect(invoke(key, {}, gone as never)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(dialogs.chooseExportPath).not.toHaveBeenCalled();
  });

  it('reject malformed payloads with bad-request, naming the field', async () => {
    await expect(invoke('designCommand', { command: { type: 'explode' } })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await expect(invoke('fileSave', { saveAs: 'yes' })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request', path: 'saveAs' } });
    await expect(invoke('designGet', { extra: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await expect(invoke('recoveryRestore', { id: '../../etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request', path: 'id' } });
    await expect(invoke('exportWrite', { format: 'exe', data: '', encoding: 'utf8' })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request', path: 'format' } });
    await expect(invoke('editNative', { command: 'reload' })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await expect(invoke('fileOpen', 42)).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('never throw: a failing handler becomes an internal error result', async () => {
    const throwing = new Proxy({} as ChannelHandlers, { get: () => () => { throw new Error('boom'); } });
    const local = new Map<string, Invoke>();
    registerIpc({ handle: (c: string, l: Invoke) => local.set(c, l) } as never, throwing, () => true);
    const valid: Record<ChannelKey, unknown> = {
      designGet: {}, designCommand: { command: { type: 'remove', ids: ['x'] } }, designUndo: {}, designRedo: {}, designNew: {},
      projectLoad: { text: '{}' }, projectSerialize: {}, templateList: {}, templateNew: { id: 'xen-lab' }, preflight: { vm: 'vm-1', destination: 'host-2' }, ledger: { id: 'host-1' }, fileOpen: {}, fileSave: { saveAs: false }, fileRecent: {}, appState: {},
      recoveryCheck: {}, recoveryRestore: { id: 'untitled-1' }, recoveryDiscard: { id: 'untitled-1' },
      exportWrite: { format: 'svg', data: '<svg/>', encoding: 'utf8' }, editNative: { command: 'copy' }, menuChecks: CHECKS,
      simRun: {}, simCancel: { runId: 'run-1' }, migrationRun: { memoryMiB: 1024, dirtyRateMiBs: 20, bandwidthMiBs: 100 }, consolidationPlan: { algorithm: 'ffd' },
    };
    for (const key of Object.keys(CONTRACT) as ChannelKey[]) {
      const result = await local.get(CONTRACT[key].channel)!(fakeEvent(APP_PAGE), valid[key]);
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: `${CONTRACT[key].channel} failed: boom` } });
    }
  });

  it('serve the engine channels for the app page', async () => {
    const added = await invoke('designCommand', { command: { type: 'addNode', kind: 'host', parentId: null, position: { x: 0, y: 0 } } });
    expect(added.ok).toBe(true);
    const state = await invoke('appState', {});
    expect(state).toMatchObject({ ok: true, value: { name: 'Untitled', dirty: true, path: null } });
  });

  it('tick the native menu toggles the renderer reports, refusing anything but five booleans', async () => {
    await expect(invoke('menuChecks', { ...CHECKS, toggleTheme: true })).resolves.toEqual({ ok: true, value: { ...CHECKS, toggleTheme: true } });
    expect(shownChecks).toEqual([{ ...CHECKS, toggleTheme: true }]);
    await expect(invoke('menuChecks', { ...CHECKS, toggleMinimap: 'yes' })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await expect(invoke('menuChecks', { ...CHECKS, toggleEverything: true })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(shownChecks).toHaveLength(1);
  });

  it('open by path only for projects on the recent list', async () => {
    const path = join(dir, 'lab.virtlab.json');
    await writeFile(path, serializeProject(emptyDesign()));
    await expect(invoke('fileOpen', { path })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-path' } });
    await recent.add(path);
    await expect(invoke('fileOpen', { path })).resolves.toMatchObject({ ok: true, value: { path } });
  });

  it('write exports to the path the user chose, decoding base64 strictly', async () => {
    await expect(invoke('exportWrite', { format: 'svg', data: '<svg/>', encoding: 'utf8', suggestedName: '../../etc/x' })).resolves
      .toEqual({ ok: true, value: { path: join(dir, 'diagram.svg') } });
    expect(dialogs.chooseExportPath).toHaveBeenCalledWith('svg', '../../etc/x');
    expect(await readFile(join(dir, 'diagram.svg'), 'utf8')).toBe('<svg/>');

    dialogs.chooseExportPath.mockResolvedValueOnce(join(dir, 'd.png'));
    await invoke('exportWrite', { format: 'png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'), encoding: 'base64' });
    expect([...(await readFile(join(dir, 'd.png')))]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    await expect(invoke('exportWrite', { format: 'png', data: 'not base64!', encoding: 'base64' })).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
    dialogs.chooseExportPath.mockResolvedValueOnce(null);
    await expect(invoke('exportWrite', { format: 'svg', data: 'x', encoding: 'utf8' })).resolves.toEqual({ ok: true, value: null });
  });

  it('run native edit commands on the calling page', async () => {
    const event = fakeEvent(APP_PAGE);
    await expect(invoke('editNative', { command: 'copy' }, event)).resolves.toEqual({ ok: true, value: { command: 'copy' } });
    expect(event.sender.copy).toHaveBeenCalledTimes(1);
    expect(event.sender.paste).not.toHaveBeenCalled();
  });
});
