import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../../shared/ipc/contract';

export interface MenuContext {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  /** Recent projects, newest first, for File > Open Recent. */
  recent: readonly string[];
  /** Delivers an action to the renderer (EVENTS.menuAction). */
  send(action: MenuAction): void;
  /** Opens a recent project directly in the main process. */
  openRecent(path: string): void;
  clearRecent(): void;
}

/**
 * The native menu as data, so it can be tested without Electron. Items send actions to the
 * renderer, which owns the behaviour in both editions.
 *
 * Text-editing keys (undo, clipboard, delete, select all) are shown but not registered as
 * accelerators on Linux/Windows: the renderer's keyboard handling (shared with the web edition)
 * owns them, so text fields keep their native behaviour and nothing fires twice. macOS ignores
 * registerAccelerator; there the renderer routes these actions to a focused field via editNative.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const item = (label: string, action: MenuAction, accelerator?: string, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(action),
    ...extra,
  });
  const editKey = (label: string, action: MenuAction, accelerator: string): MenuItemConstructorOptions =>
    item(label, action, accelerator, { registerAccelerator: false });

  const recentItems: MenuItemConstructorOptions[] = ctx.recent.length
    ? [
        ...ctx.recent.map((path): MenuItemConstructorOptions => ({ label: path, click: () => ctx.openRecent(path) })),
        { type: 'separator' },
        { label: 'Clear Recent', click: () => ctx.clearRecent() },
      ]
    : [{ label: 'No Recent Projects', enabled: false }];

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{
        label: ctx.appName,
        submenu: [
          item(`About ${ctx.appName}`, 'about'),
          { type: 'separator' },
          { role: 'services' },
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('&New Project', 'new', 'CmdOrCtrl+N'),
      item('New from &Template…', 'newFromTemplate', 'CmdOrCtrl+Shift+N'),
      { type: 'separator' },
      item('&Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open &Recent', submenu: recentItems },
      { type: 'separator' },
      item('&Save', 'save', 'CmdOrCtrl+S'),
      item('Save &As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      item('&Export…', 'export', 'CmdOrCtrl+E'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: '&Quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      editKey('&Undo', 'undo', 'CmdOrCtrl+Z'),
      editKey('&Redo', 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      editKey('Cu&t', 'cut', 'CmdOrCtrl+X'),
      editKey('&Copy', 'copy', 'CmdOrCtrl+C'),
      editKey('&Paste', 'paste', 'CmdOrCtrl+V'),
      editKey('&Delete', 'delete', isMac ? 'Backspace' : 'Delete'),
      { type: 'separator' },
      editKey('Select &All', 'selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      item('Zoom &In', 'zoomIn', 'CmdOrCtrl+='),
      item('Zoom &Out', 'zoomOut', 'CmdOrCtrl+-'),
      item('&Fit to Window', 'fitView', 'CmdOrCtrl+0'),
      { type: 'separator' },
      item('Toggle &Minimap', 'toggleMinimap', 'CmdOrCtrl+Shift+M'),
      item('Toggle &Theme', 'toggleTheme', 'CmdOrCtrl+Shift+L'),
      ...(ctx.isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const, { role: 'forceReload' } as const] : []),
    ],
  };

  const simulation: MenuItemConstructorOptions = {
    label: '&Simulation',
    submenu: [item('&Run Simulation', 'runSimulation', 'F5')],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      item('&Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
      ...(isMac ? [] : [{ type: 'separator' } as const, item(`&About ${ctx.appName}`, 'about')]),
    ],
  };

  return [...appMenu, file, edit, view, simulation, help];
}
