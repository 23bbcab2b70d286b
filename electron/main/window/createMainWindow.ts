import { BrowserWindow } from 'electron';
import type { AppLocation } from '../appLocation';
import { mainWindowOptions } from './mainWindowOptions';

/** Creates the main window and loads the app's own page into it (never a remote URL). */
export function createMainWindow(options: { location: AppLocation; preloadPath: string; isDev: boolean; iconPath?: string }): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  if (options.location.kind === 'dev') void window.loadURL(options.location.url);
  else void window.loadFile(options.location.indexPath);
  return window;
}
