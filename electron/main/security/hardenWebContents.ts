import type { WebContents } from 'electron';
import { isAllowedExternalUrl } from './externalLinks';

export interface HardenOptions {
  /** shell.openExternal; called only with allow-listed https URLs. */
  openExternal(url: string): void;
}

/**
 * Per-webContents defences: the page can never navigate away from the app, open windows or embed
 * <webview>s. A link to an allow-listed https page opens in the user's browser instead.
 */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const maybeOpenOutside = (url: string): void => {
    if (isAllowedExternalUrl(url)) options.openExternal(url);
  };

  contents.on('will-navigate', (event) => {
    event.preventDefault();
    maybeOpenOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    maybeOpenOutside(url);
    return { action: 'deny' };
  });
}
