import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. Every webPreferences line is a line of the Electron security
 * checklist: the page is an untrusted web page that reaches the system only through the
 * sandboxed preload's window.virtlab.
 */
export function mainWindowOptions(options: { preloadPath: string; isDev: boolean; iconPath?: string }): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'VirtLab',
    show: false, // shown on ready-to-show, so no white flash
    backgroundColor: '#0f172a',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // DevTools exist only in development builds.
      devTools: options.isDev,
    },
  };
}
