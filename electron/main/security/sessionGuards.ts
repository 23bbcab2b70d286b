import type { Session } from 'electron';
import { isAppResource, isAppUrl, type AppLocation } from '../appLocation';
import { contentSecurityPolicy } from './contentSecurityPolicy';

// Schemes that never reach the network or the user's files: in-memory data and Chromium's devtools.
const INERT_SCHEMES = new Set(['data:', 'blob:', 'devtools:', 'chrome-devtools:']);

/**
 * Session-wide defences: the CSP header on the app's pages, no remote (or out-of-bundle file)
 * requests at all, and every permission (camera, notifications, clipboard-read, …) denied.
 */
export function installSessionGuards(session: Session, location: AppLocation): void {
  const csp = contentSecurityPolicy(location);

  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(location, details.url) && !isAppResource(location, details.url)) {
      callback({});
      return;
    }
    const headers = { ...details.responseHeaders };
    // Replace whatever the dev server sent, whatever its capitalisation.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });

  session.webRequest.onBeforeRequest((details, callback) => {
    const scheme = safeProtocol(details.url);
    callback({ cancel: !(INERT_SCHEMES.has(scheme) || isAppResource(location, details.url)) });
  });

  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}
