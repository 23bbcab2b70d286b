import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuChecks, MenuToggle } from '../../../shared/ipc/contract';

export interface MenuContext {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  /** Recent projects, newest first, for File > Open Recent. */
  recent: readonly string[];
  /** Which View toggles are on (the renderer reports them through the menuChecks channel). */
  checks: MenuChecks;
  /** Delivers an action to the renderer (EVENTS.menuAction). */
  send(action: MenuAction): void;
  /** Opens a recent project directly in the main process. */
  openRecent(path: string): void;
  clearRecent(): void;
}

/**
 * The native menu as data, so it can be tested without Electron. Items send actions to the
 * renderer, which owns the behaviour in both editions. The web edition's menu bar is drawn from
 * the renderer's menu model (renderer/src/app/menuModel.ts), which this module may not import: a
 * test (tests/renderer/menus) holds the two to the same menus, order, labels and accelerators.
 *
 * Keys the page must keep seeing are shown but not registered as accelerators on Linux/Windows:
 * text-editing keys (undo, clipboard, delete, select all), so text fields keep their native
 * behaviour and nothing fires twice; and keys that act on the selection or the panel in focus
 * (Duplicate, Rename, Escape, F5, F8, Shift+2). The renderer's keyboard handling (shared with the
 * web edition) owns those. macOS ignores registerAccelerator; there the renderer routes editing
 * actions to a focused field via editNative.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const item = (label: string, action: MenuAction, accelerator?: string, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(action),
    ...extra,
  });
  const pageKey = (label: string, action: MenuAction, accelerator: string): MenuItemConstructorOptions =>
    item(label, action, accelerator, { registerAccelerator: false });
  // A check box whose id is its action, so a change of state can tick it without rebuilding the menu.
  const toggle = (label: string, action: MenuToggle, accelerator?: string): MenuItemConstructorOptions =>
    item(label, action, accelerator, { type: 'checkbox', id: action, checked: ctx.checks[action] });
  const sep = { type: 'separator' } as const;

  const recentItems: MenuItemConstructorOptions[] = ctx.recent.length
    ? [
        ...ctx.recent.map((path): MenuItemConstructorOptions => ({ label: path, click: () => ctx.openRecent(path) })),
        sep,
        { label: 'Clear Recent', click: () => ctx.clearRecent() },
      ]
    : [{ label: 'No Recent Projects', enabled: false }];

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{
        label: ctx.appName,
        submenu: [
          item(`About ${ctx.appName}`, 'about'),
          sep,
          { role: 'services' },
          sep,
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          sep,
          { role: 'quit' },
        ],
      }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('&New', 'new', 'CmdOrCtrl+N'),
      item('New from &Template…', 'newFromTemplate', 'CmdOrCtrl+Shift+N'),
      sep,
      item('&Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open &Recent', submenu: recentItems },
      sep,
      item('&Save', 'save', 'CmdOrCtrl+S'),
      item('Save &As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      sep,
      item('&Export…', 'export', 'CmdOrCtrl+E'),
      ...(isMac ? [] : [sep, { role: 'quit', label: '&Quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      pageKey('&Undo', 'undo', 'CmdOrCtrl+Z'),
      pageKey('&Redo', 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      sep,
      pageKey('Cu&t', 'cut', 'CmdOrCtrl+X'),
      pageKey('&Copy', 'copy', 'CmdOrCtrl+C'),
      pageKey('&Paste', 'paste', 'CmdOrCtrl+V'),
      pageKey('Dup&licate', 'duplicate', 'CmdOrCtrl+D'),
      pageKey('&Delete', 'delete', isMac ? 'Backspace' : 'Delete'),
      sep,
      pageKey('Rena&me…', 'rename', 'F2'),
      item('Mo&ve out of parent', 'nestOut'),
      sep,
      pageKey('Select &All', 'selectAll', 'CmdOrCtrl+A'),
      pageKey('Select &None', 'selectNone', 'Esc'),
      sep,
      item('&Find Element…', 'search', 'CmdOrCtrl+F'),
      sep,
      item('Project &Settings…', 'projectSettings'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      item('&Command Palette…', 'commandPalette', 'CmdOrCtrl+K'),
      sep,
      item('Zoom &In', 'zoomIn', 'CmdOrCtrl+='),
      item('Zoom &Out', 'zoomOut', 'CmdOrCtrl+-'),
      item('Zoom to &Fit', 'fitView', 'CmdOrCtrl+0'),
      pageKey('Zoom to &Selection', 'zoomToSelection', 'Shift+2'),
      sep,
      toggle('Toggle &Minimap', 'toggleMinimap', 'CmdOrCtrl+Shift+M'),
      toggle('Toggle &Legend', 'toggleLegend'),
      toggle('Toggle &Diagnostics Panel', 'toggleDiagnostics'),
      toggle('Toggle Sna&p to Grid', 'toggleSnap'),
      toggle('Toggle Dark &Theme', 'toggleTheme', 'CmdOrCtrl+Shift+L'),
      sep,
      pageKey('&Next Problem', 'nextProblem', 'F8'),
      pageKey('Pre&vious Problem', 'previousProblem', 'Shift+F8'),
      sep,
      item('&Auto-layout', 'autoLayout', 'Alt+Shift+F'),
      {
        label: 'Align and Dist&ribute',
        submenu: [
          item('Align &Left', 'alignLeft', 'Alt+A'),
          item('Align Horizontal &Centres', 'alignCenter', 'Alt+C'),
          item('Align &Right', 'alignRight', 'Alt+D'),
          sep,
          item('Align &Top', 'alignTop', 'Alt+W'),
          item('Align Vertical &Middles', 'alignMiddle', 'Alt+M'),
          item('Align &Bottom', 'alignBottom', 'Alt+B'),
          sep,
          item('Distribute &Horizontally', 'distributeH', 'Alt+Shift+H'),
          item('Distribute &Vertically', 'distributeV', 'Alt+Shift+V'),
        ],
      },
      ...(ctx.isDev ? [sep, { role: 'toggleDevTools' } as const, { role: 'forceReload' } as const] : []),
    ],
  };

  const simulation: MenuItemConstructorOptions = {
    label: '&Simulation',
    submenu: [
      // F5 stays the page's: inside the Simulation panel it runs the tab in front.
      pageKey('&Run Simulation…', 'runSimulation', 'F5'),
      sep,
      item('&Migration Lab…', 'openMigrationLab'),
      item('&Scenario…', 'openScenario'),
      item('&Consolidation…', 'openConsolidation'),
      sep,
      item('&Play/Pause Replay', 'togglePlayback'),
      item('C&ancel Run', 'cancelSimulation'),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      item('&Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
      ...(isMac ? [] : [sep, item(`&About ${ctx.appName}`, 'about')]),
    ],
  };

  return [...appMenu, file, edit, view, simulation, help];
}
