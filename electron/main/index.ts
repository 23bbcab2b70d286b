// The Electron main process: composes the window, security guards, menu, IPC and the document.
// Each piece lives in its own module (and is unit-tested there); this file only wires them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session as electronSession, shell } from 'electron';
import iconPath from '../../build/icons/512x512.png?asset';
import { EngineHost } from '../../shared/engine/host/engineHost';
import { EVENTS, type AppState, type EventKey, type EventPayloads, type MenuChecks } from '../../shared/ipc/contract';
import { AutosaveJournal } from '../services/autosaveJournal';
import { RecentFiles } from '../services/recentFiles';
import { RecoveryStore } from '../services/recoveryStore';
import { resolveAppLocation } from './appLocation';
import { windowTitle } from './document/documentName';
import { DocumentSession } from './document/documentSession';
import { nativeDialogs } from './document/nativeDialogs';
import { channelHandlers } from './ipc/channelHandlers';
import { registerIpc } from './ipc/registerIpc';
import { isTrustedSender } from './ipc/trustedSender';
import { projectPathFromArgv } from './launch/argv';
import { OpenRequests } from './launch/openRequests';
import { claimSingleInstance } from './launch/singleInstance';
import { applyMenuChecks, installMenu } from './menu/installMenu';
import { hardenWebContents } from './security/hardenWebContents';
import { installSessionGuards } from './security/sessionGuards';
import { guardClose } from './window/closeGuard';
import { createMainWindow } from './window/createMainWindow';

const mainDir = dirname(fileURLToPath(import.meta.url));
const isDev = !app.isPackaged;
const location = resolveAppLocation({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL, mainDir });
const openRequests = new OpenRequests();
let mainWindow: BrowserWindow | null = null;
let quitting = false;
/** Set once the app is ready: recreates the window (macOS keeps running without one). */
let reopenWindow: (() => void) | null = null;

const liveWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function sendToRenderer<E extends EventKey>(event: E, payload: EventPayloads[E]): void {
  liveWindow()?.webContents.send(EVENTS[event], payload);
}

function focusWindow(): void {
  const window = liveWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

// macOS delivers double-clicked files through open-file, possibly before `ready`.
app.on('open-file', (event, path) => {
  event.preventDefault();
  openRequests.push(path);
  if (!liveWindow()) reopenWindow?.();
});

const launchPath = projectPathFromArgv(process.argv, process.cwd());
const primary = claimSingleInstance(app, launchPath, (path) => {
  focusWindow();
  if (path) openRequests.push(path);
});

if (primary) {
  if (launchPath) openRequests.push(launchPath);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { openExternal: (url) => void shell.openExternal(url) }));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.whenReady().then(start, (e: unknown) => {
    dialog.showErrorBox('VirtLab could not start', String(e));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  installSessionGuards(electronSession.defaultSession, location);

  const userData = app.getPath('userData');
  const recent = new RecentFiles(join(userData, 'recent-projects.json'));
  const recovery = new RecoveryStore(join(userData, 'recovery'));
  const journal = new AutosaveJournal(recovery, { onError: (e) => console.error('VirtLab autosave failed:', e) });
  const dialogs = nativeDialogs(liveWindow);

  let session: DocumentSession | null = null;
  const engine = new EngineHost((event, payload) => {
    sendToRenderer(event, payload);
    if (event === 'designChanged') session?.designChanged();
  }, () => new Promise<void>((resolve) => setImmediate(resolve))); // long simulations yield so a cancel gets through

  // Until the renderer reports its View toggles (at start, then on every change), nothing is ticked.
  let menuChecks: MenuChecks = { toggleMinimap: false, toggleLegend: false, toggleDiagnostics: false, toggleSnap: false, toggleTheme: false };
  let recentPaths: string[] = [];
  const rebuildMenu = (paths: string[] = recentPaths): void => {
    recentPaths = paths;
    installMenu({
      platform: process.platform,
      isDev,
      appName: app.getName(),
      recent: paths,
      checks: menuChecks,
      window: liveWindow,
      openRecent: (path) => openRequests.push(path),
      clearRecent: () => void recent.clear().then(() => rebuildMenu([])),
    });
  };
  const showMenuChecks = (checks: MenuChecks): void => {
    menuChecks = checks;
    applyMenuChecks(checks);
  };

  const showState = (state: AppState): void => {
    const window = liveWindow();
    if (window) {
      window.setTitle(windowTitle(state));
      if (process.platform === 'darwin') {
        window.setDocumentEdited(state.dirty);
        window.setRepresentedFilename(state.path ?? '');
      }
    }
    sendToRenderer('appState', state);
  };

  session = new DocumentSession({
    engine,
    journal,
    recovery,
    recent,
    dialogs,
    appVersion: app.getVersion(),
    onStateChanged: showState,
    onRecentChanged: rebuildMenu,
    onProjectTouched: (path) => app.addRecentDocument(path),
  });
  const document = session;

  registerIpc(ipcMain, channelHandlers({ engine, session: document, recent, dialogs, showMenuChecks }), (event) =>
    isTrustedSender(event, location) && event.sender === liveWindow()?.webContents);
  rebuildMenu(await recent.list().catch(() => []));

  const openWindow = (): void => {
    const window = createMainWindow({ location, preloadPath: join(mainDir, '../preload/index.cjs'), isDev, iconPath });
    mainWindow = window;
    window.setTitle(windowTitle(document.state()));
    // The title is the document's (name, unsaved marker), not whatever <title> the page sets.
    window.on('page-title-updated', (event) => event.preventDefault());
    guardClose(window, () => document.prepareClose(), () => {
      quitting = false;
    });
    window.on('closed', () => {
      mainWindow = null;
      openRequests.stop();
    });
    window.webContents.once('did-finish-load', () => openRequests.start(openFromOs));
  };

  const openFromOs = (path: string): void => {
    focusWindow();
    void document.open(path).then((result) => {
      const window = liveWindow();
      if (!result.ok && window) void dialog.showMessageBox(window, { type: 'error', message: 'The project could not be opened.', detail: result.error.message });
    });
  };

  openWindow();
  reopenWindow = openWindow;
  // macOS keeps the app running without windows; the dock icon brings the window back.
  app.on('activate', () => {
    if (!liveWindow()) openWindow();
  });
}
