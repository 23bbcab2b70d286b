import { basename } from 'node:path';
import type { AppState } from '../../../shared/ipc/contract';

export const PROJECT_EXTENSION = '.virtlab.json';

/** The name people see for a project: its file name without `.virtlab.json`, or "Untitled". */
export function projectName(path: string | null): string {
  if (!path) return 'Untitled';
  const base = basename(path);
  if (base.toLowerCase().endsWith(PROJECT_EXTENSION)) return base.slice(0, -PROJECT_EXTENSION.length);
  return base.replace(/\.json$/i, '');
}

/** "• lab — VirtLab" while there are unsaved changes, "lab — VirtLab" otherwise. */
export function windowTitle(state: Pick<AppState, 'name' | 'dirty'>): string {
  return `${state.dirty ? '• ' : ''}${state.name} — VirtLab`;
}

/** A chosen save path gets `.virtlab.json` unless the user typed a .json name themselves. */
export function withProjectExtension(path: string): string {
  return /\.json$/i.test(path) ? path : `${path}${PROJECT_EXTENSION}`;
}
