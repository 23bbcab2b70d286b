import { Menu, type BrowserWindow } from 'electron';
import { EVENTS, type EventPayloads, type MenuAction } from '../../../shared/ipc/contract';
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
