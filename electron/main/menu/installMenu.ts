import { Menu, type BrowserWindow } from 'electron';
import { EVENTS, MENU_TOGGLES, type EventPayloads, type MenuAction, type MenuChecks } from '../../../shared/ipc/contract';
import { buildMenuTemplate, type MenuContext } from './menuTemplate';

/** Sends a menu action to the window's renderer, if it is still alive. */
export function sendMenuAction(window: BrowserWindow | null, action: MenuAction): void {
  if (!window || window.isDestroyed()) return;
  const payload: EventPayloads['menuAction'] = { action };
  window.webContents.send(EVENTS.menuAction, payload);
}

/** Builds and installs the application menu; call again when the recent list changes. */
export function installMenu(ctx: Omit<MenuContext, 'send'> & { window: () => BrowserWindow | null }): void {
  const { window, ...rest } = ctx;
  const template = buildMenuTemplate({ ...rest, send: (action) => sendMenuAction(window(), action) });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Ticks the View toggles of the installed menu as the renderer reports them (no rebuild: menus stay open). */
export function applyMenuChecks(checks: MenuChecks): void {
  const menu = Menu.getApplicationMenu();
  for (const id of MENU_TOGGLES) {
    const entry = menu?.getMenuItemById(id);
    if (entry) entry.checked = checks[id];
  }
}
