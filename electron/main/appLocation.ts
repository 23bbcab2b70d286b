import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the app's own UI is served from: the built file in production, Vite's server in development. */
export type AppLocation = { kind: 'file'; indexPath: string } | { kind: 'dev'; origin: string; url: string };

/**
 * Production always loads out/renderer/index.html. The dev server URL (set by `electron-vite dev`)
 * is honoured only in an unpackaged app, so an environment variable can never point a shipped
 * build at remote content.
 */
export function resolveAppLocation(options: { isPackaged: boolean; devServerUrl: string | undefined; mainDir: string }): AppLocation {
  if (!options.isPackaged && options.devServerUrl) {
    const url = new URL(options.devServerUrl);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && isLoopback(url.hostname)) {
      return { kind: 'dev', origin: url.origin, url: url.href };
    }
  }
  return { kind: 'file', indexPath: resolve(options.mainDir, '../renderer/index.html') };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Whether `url` is the app's own page (any hash or query), the only origin trusted over IPC. */
export function isAppUrl(location: AppLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === location.origin;
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  try {
    return resolve(fileURLToPath(parsed)) === location.indexPath;
  } catch {
    return false;
  }
}

/** Whether a request URL belongs to the app's own bundle (its page, scripts, styles, assets). */
export function isAppResource(location: AppLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') {
    // Vite's HMR socket lives on the same host and port.
    const socketOrigin = location.origin.replace(/^http/, 'ws');
    return parsed.origin === location.origin || parsed.origin === socketOrigin;
  }
  if (parsed.protocol !== 'file:') return false;
  try {
    const rel = relative(resolve(location.indexPath, '..'), resolve(fileURLToPath(parsed)));
    return !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    return false;
  }
}
