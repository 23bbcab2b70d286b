import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: FakeWindow[] = [];
class FakeWindow extends EventEmitter {
  loadFile = vi.fn(async () => {});
  loadURL = vi.fn(async () => {});
  show = vi.fn();
  close = vi.fn();
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    created.push(this);
  }
}
vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { createMainWindow } = await import('../../../electron/main/window/createMainWindow');
const { guardClose } = await import('../../../electron/main/window/closeGuard');
const { resolveAppLocation } = await import('../../../electron/main/appLocation');

beforeEach(() => {
  created.length = 0;
});

describe('main window', () => {
  it('is created with every webPreferences line of the security checklist', () => {
    createMainWindow({ location: { kind: 'file', indexPath: '/app/out/renderer/index.html' }, preloadPath: '/app/out/preload/index.cjs', isDev: false });
    const prefs = created[0]!.options.webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('allows DevTools only in development', () => {
    createMainWindow({ location: { kind: 'dev', origin: 'http://localhost:5173', url: 'http://localhost:5173/' }, preloadPath: '/p.cjs', isDev: true });
    expect(created[0]!.options.webPreferences!.devTools).toBe(true);
  });

  it('loads the built page from disk in production and the dev server only in development', () => {
    createMainWindow({ location: { kind: 'file', indexPath: '/app/out/renderer/index.html' }, preloadPath: '/p.cjs', isDev: false });
    expect(created[0]!.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    expect(created[0]!.loadURL).not.toHaveBeenCalled();
    createMainWindow({ location: { kind: 'dev', origin: 'http://localhost:5173', url: 'http://localhost:5173/' }, preloadPath: '/p.cjs', isDev: true });
    expect(created[1]!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('stays hidden until ready-to-show', () => {
    createMainWindow({ location: { kind: 'file', indexPath: '/i.html' }, preloadPath: '/p.cjs', isDev: false });
    const window = created[0]!;
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });
});

describe('app location', () => {
  it('never uses a dev server URL in a packaged app, or one that is not on this machine', () => {
    expect(resolveAppLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173', mainDir: '/app/out/main' }))
      .toEqual({ kind: 'file', indexPath: '/app/out/renderer/index.html' });
    expect(resolveAppLocation({ isPackaged: false, devServerUrl: 'https://evil.example/', mainDir: '/app/out/main' }).kind).toBe('file');
    expect(resolveAppLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/', mainDir: '/app/out/main' }))
      .toEqual({ kind: 'dev', origin: 'http://localhost:5173', url: 'http://localhost:5173/' });
  });
});

describe('close guard', () => {
  function closeEvent() {
    return { preventDefault: vi.fn() };
  }

  it('keeps the window open while deciding, and closes it when the session says yes', async () => {
    const window = new FakeWindow({});
    let decide!: (close: boolean) => void;
    guardClose(window as never, () => new Promise<boolean>((r) => (decide = r)));
    const first = closeEvent();
    window.emit('close', first);
    expect(first.preventDefault).toHaveBeenCalled();
    decide(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(window.close).toHaveBeenCalledTimes(1);
    const second = closeEvent();
    window.emit('close', second); // the real close that follows
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('stays open on Cancel, and when asking fails', async () => {
    const window = new FakeWindow({});
    const cancelled = vi.fn();
    const answers = [async () => false, async () => { throw new Error('dialog failed'); }];
    guardClose(window as never, () => answers.shift()!(), cancelled);
    window.emit('close', closeEvent());
    await new Promise((r) => setTimeout(r, 0));
    window.emit('close', closeEvent());
    await new Promise((r) => setTimeout(r, 0));
    expect(window.close).not.toHaveBeenCalled();
    expect(cancelled).toHaveBeenCalledTimes(2);
  });
});
