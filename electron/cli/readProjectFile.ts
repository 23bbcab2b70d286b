import { readFile } from 'node:fs/promises';
import type { Design } from '../../shared/model';
import { parseProject } from '../../shared/schema/project';
import { projectFromSvg } from '../../shared/diagram/svgMetadata';
import { EXIT } from './io';

export type LoadedProjectFile =
  | { ok: true; design: Design; warnings: string[]; source: 'project' | 'svg' }
  /** exit 2: the file could not be read at all; exit 1: it was read but is not a loadable project. */
  | { ok: false; exit: typeof EXIT.invalid | typeof EXIT.usage; code: string; message: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
 * Reads a project from disk: a `*.virtlab.json` file, or an SVG exported by VirtLab (its embedded
 * project). Messages name the file and, when the loader knows it, the path inside the file.
 */
export async function readProjectFile(file: string): Promise<LoadedProjectFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return readFailure(file, e as NodeJS.ErrnoException);
  }
  // The app's PNG exports carry the project too, but reading PNG chunks lives in the renderer.
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { ok: false, exit: EXIT.invalid, code: 'png-not-supported', message: `${file}: this is a PNG image; the command line reads *.virtlab.json files and SVG exports. Open the PNG in the app to recover its project.` };
  }
  const text = bytes.toString('utf8');
  // Editors on Windows may add a byte-order mark; JSON.parse rejects it.
  const body = text.replace(/^\uFEFF/, '');
  const source = /^\s*</.test(body) ? 'svg' : 'project';
  const parsed = source === 'svg' ? projectFromSvg(body) : parseProject(body);
  if (!parsed.ok) {
    const at = parsed.error.path ? ` (at "${parsed.error.path}")` : '';
    return { ok: false, exit: EXIT.invalid, code: parsed.error.code, message: `${file}: ${parsed.error.message}${at}` };
  }
  return { ok: true, design: parsed.value.design, warnings: parsed.value.warnings, source };
}
