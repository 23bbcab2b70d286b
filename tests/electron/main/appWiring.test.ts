// The composed main process (electron/main/index.ts) with Electron faked: launch arguments,
// single instance, window, IPC and document wired together as in the app.
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../../../shared/engine/design';
import { CONTRACT, EVENTS } from '../../../shared/ipc/contract';
import { serializeProject } from '../../../shared/schema/project';

const MAIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../electron/main');
const APP_PAGE = pathToFileURL(resolve(MAIN_DIR, '../renderer/index.html')).href;

class FakeWebContents extends EventEmitter {
  send = vi.fn();
  setWindowOpenHandler = vi.fn();
}
class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  webContents = new FakeWebContents();
  title = '';
  loadFile = vi.fn(async () => {});
  loadURL = vi.fn(async () => {});
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = () => false;
  isDestroyed = () => false;
  setTitle = (t: string) => void (this.title = t);
  setDocumentEdited = vi.fn();
  setRepresentedFilename = vi.fn();
  close = vi.fn(() => this.emit('close', { preventDefault: vi.fn() }));
  constructor(readonly options: unknown) {
    super();
    FakeWindow.all.push(this);
  }
}

const fake = vi.hoisted(() => ({
  userData: '',
  gotLock: true,
  lockData: [] as unknown[],
  handlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  messageBoxResponse: 0,
}));

vi.mock('../../../build/icons/512x512.png?asset', () => ({ default: '/icon.png' }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: (data: unknown) => (fake.lockData.push(data), fake.gotLock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: () => Promise.resolve(),
    getPath: () => fake.userData,
    getName: () => 'VirtLab',
    getVersion: () => '0.1.0',
    addRecentDocument: vi.fn(),
  });
  return {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string, h: (e: unknown, p: unknown) => Promise<unknown>) => fake.handlers.set(channel, h) },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() }, setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: fake.messageBoxResponse })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn() },
  };
});

let dir: string;
const savedArgv = process.argv;
beforeEach(async () => {
  vi.resetModules();
  dir = await mkdtemp(join(tmpdir(), 'virtlab-wiring-'));
  fake.userData = join(dir, 'userData');
  fake.handlers.clear();
  fake.lockData.length = 0;
  fake.gotLock = true;
  FakeWindow.all = [];
  delete process.env.ELECTRON_RENDERER_URL;
});
afterEach(async () => {
  process.argv = savedArgv;
  await rm(dir, { recursive: true, force: true });
});

async function project(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, serializeProject(emptyDesign()));
  return path;
}

async function launch(argv: string[]) {
  process.argv = argv;
  const electron = await import('electron');
  await import('../../../electron/main/index');
  return electron;
}

const trusted = (window: FakeWindow) => ({ senderFrame: { url: APP_PAGE, parent: null }, sender: window.webContents });

describe('main process wiring', () => {
  it('a second launch forwards its file and quits without creating a window', async () => {
    fake.gotLock = false;
    const path = await project('lab.virtlab.json');
    const { app } = await launch(['/opt/VirtLab/virtlab-desktop', path]);
    expect(fake.lockData).toEqual([{ openPath: path }]);
    expect(app.quit).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 10));
    expect(FakeWindow.all).toHaveLength(0);
  });

  it('opens the file from argv once the page has loaded, titles the window, and serves IPC from that page only', async () => {
    const path = await project('lab.virtlab.json');
    const { app } = await launch(['/opt/VirtLab/virtlab-desktop', path]);
    await vi.waitFor(() => expect(FakeWindow.all).toHaveLength(1));
    const window = FakeWindow.all[0]!;
    expect(window.title).toBe('Untitled — VirtLab');
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(CONTRACT).map((c) => c.channel).sort());

    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(window.title).toBe('lab — VirtLab'));
    expect(window.webContents.send).toHaveBeenCalledWith(EVENTS.appState, { path, name: 'lab', dirty: false, warnings: [] });
    expect(app.addRecentDocument).toHaveBeenCalledWith(path);

    // An edit from the app page: engine event to the renderer, unsaved marker in the title.
    const command = { command: { type: 'addNode', kind: 'host', parentId: null, position: { x: 0, y: 0 } } };
    const result = await fake.handlers.get(CONTRACT.designCommand.channel)!(trusted(window), command);
    expect(result).toMatchObject({ ok: true });
    expect(window.webContents.send).toHaveBeenCalledWith(EVENTS.designChanged, expect.objectContaining({ events: [expect.objectContaining({ type: 'nodeAdded' })] }));
    expect(window.title).toBe('• lab — VirtLab');

    // The same call from another webContents (same URL) is refused.
    const stranger = { senderFrame: { url: APP_PAGE, parent: null }, sender: new FakeWebContents() };
    await expect(fake.handlers.get(CONTRACT.designGet.channel)!(stranger, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('opens what a second instance forwards, asking first about unsaved changes', async () => {
    const { app, dialog } = await launch(['/opt/VirtLab/virtlab-desktop']);
    await vi.waitFor(() => expect(FakeWindow.all).toHaveLength(1));
    const window = FakeWindow.all[0]!;
    window.webContents.emit('did-finish-load');
    await fake.handlers.get(CONTRACT.designCommand.channel)!(trusted(window), { command: { type: 'addNode', kind: 'host', parentId: null, position: { x: 0, y: 0 } } });

    const other = await project('other.virtlab.json');
    fake.messageBoxResponse = 1; // Don't Save
    app.emit('second-instance', {}, ['virtlab-desktop'], dir, { openPath: other });
    await vi.waitFor(() => expect(window.title).toBe('other — VirtLab'));
    expect(window.focus).toHaveBeenCalled();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ buttons: ['Save', "Don't Save", 'Cancel'] }));
  });

  it('closing with unsaved changes asks; Cancel keeps the window', async () => {
    await launch(['/opt/VirtLab/virtlab-desktop']);
    await vi.waitFor(() => expect(FakeWindow.all).toHaveLength(1));
    const window = FakeWindow.all[0]!;
    await fake.handlers.get(CONTRACT.designCommand.channel)!(trusted(window), { command: { type: 'addNode', kind: 'host', parentId: null, position: { x: 0, y: 0 } } });
    fake.messageBoxResponse = 2; // Cancel
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 20));
    expect(window.close).not.toHaveBeenCalled();

    fake.messageBoxResponse = 1; // Don't Save
    window.emit('close', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
  });
});
