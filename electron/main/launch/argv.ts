import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project a launch asks to open: the first non-switch argument naming a .json file (the
 * file manager passes `.virtlab.json` files through the file association; desktop entries may
 * pass file:// URLs). Electron's own path, the app path and Chromium switches are skipped.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let path = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (/\.json$/i.test(path)) return isAbsolute(path) ? path : resolve(cwd, path);
  }
  return null;
}

/** The path a second instance forwarded in its additionalData, if it is well-formed. */
export function forwardedOpenPath(additionalData: unknown): string | null {
  if (typeof additionalData !== 'object' || additionalData === null) return null;
  const value = (additionalData as { openPath?: unknown }).openPath;
  return typeof value === 'string' && value.length > 0 && isAbsolute(value) ? value : null;
}
