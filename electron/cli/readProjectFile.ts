import { readFile } from 'node:fs/promises';
import type { Design } from '../../shared/model';
import { parseProject } from '../../shared/schema/project';
import { projectTextFromFile, type ProjectFileKind } from '../../shared/diagram/projectFile';
import { EXIT } from './io';

export type LoadedProjectFile =
  | { ok: true; design: Design; warnings: string[]; source: ProjectFileKind }
  /** exit 2: the file could not be read at all; exit 1: it was read but is not a loadable project. */
  | { ok: false; exit: typeof EXIT.invalid | typeof EXIT.usage; code: string; message: string };

function readFailure(file: string, e: NodeJS.ErrnoException): LoadedProjectFile {
  const why: Record<string, string> = {
    ENOENT: 'no such file',
    EISDIR: 'this is a folder, not a project file',
    EACCES: 'permission denied: the file cannot be read',
    EPERM: 'permission denied: the file cannot be read',
  };
  return { ok: false, exit: EXIT.usage, code: 'unreadable', message: `${file}: ${why[e.code ?? ''] ?? `cannot read the file (${e.code ?? e.message})`}.` };
}

/**
 * Reads a project from disk: a `*.virtlab.json` file, or an SVG or PNG exported by VirtLab (its
 * embedded project), exactly as the app's Open does. Messages name the file and, when the loader knows it, the path inside the file.
 */
export async function readProjectFile(file: string): Promise<LoadedProjectFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return readFailure(file, e as NodeJS.ErrnoException);
  }
  const found = projectTextFromFile(file, new Uint8Array(bytes), new TextDecoder('utf-8', { fatal: true }));
  if (!found.ok) return { ok: false, exit: EXIT.invalid, code: found.code, message: `${file}: ${found.message}${found.path ? ` (at "${found.path}")` : ''}` };
  const parsed = parseProject(found.text);
  if (!parsed.ok) {
    const at = parsed.error.path ? ` (at "${parsed.error.path}")` : '';
    return { ok: false, exit: EXIT.invalid, code: parsed.error.code, message: `${file}: ${parsed.error.message}${at}` };
  }
  return { ok: true, design: parsed.value.design, warnings: [...found.warnings, ...parsed.value.warnings], source: found.kind };
}
