import { serializeProject } from '../schema/project';
import { isPng, PngFormatError, projectTextFromPng } from './pngChunks';
import { projectFromSvg } from './svgMetadata';

/** Where a project came from: a project file, or a diagram exported by VirtLab that carries it. */
export type ProjectFileKind = 'project' | 'svg' | 'png';

export type ProjectFileResult =
  | { ok: true; kind: ProjectFileKind; text: string; warnings: string[] }
  /** `message` is a sentence without the file name (callers put it in front); `path` says where inside the file. */
  | { ok: false; code: string; message: string; path?: string };

/** `new TextDecoder('utf-8', { fatal: true })` in the browser and in Node: throws when the bytes are not UTF-8. */
export interface Utf8Decoder { decode(bytes: Uint8Array): string }

function decodeOrNull(decoder: Utf8Decoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** The name a file gives its project: "lab.virtlab.json", "lab.svg", "lab.png" -> "lab". */
export const projectNameOf = (fileName: string): string => fileName.replace(/\.(virtlab\.json|json|svg|png)$/i, '') || fileName;

/** A diagram export reopens as a new project: saving it must never write JSON over the picture. */
export const isExportKind = (kind: ProjectFileKind): boolean => kind !== 'project';

/**
 * Finds the project in a file the user picked: a project file (JSON), or an SVG / PNG exported by
 * VirtLab, which carries its project (<metadata> in SVG, a tEXt chunk in PNG). Returns the project
 * text to load, or a message saying plainly why the file cannot be opened (`fileName` only tells an SVG by its
 * ending). The app (both editions)
 * and the CLI read files through this one function, so they accept the same files.
 */
export function projectTextFromFile(fileName: string, bytes: Uint8Array, utf8: Utf8Decoder): ProjectFileResult {
  if (isPng(bytes)) {
    try {
      const text = projectTextFromPng(bytes);
      if (text === null) return { ok: false, code: 'no-embedded-project', message: 'This PNG image has no embedded VirtLab project: only PNGs exported by VirtLab can be reopened.' };
      return { ok: true, kind: 'png', text, warnings: [] };
    } catch (e) {
      if (e instanceof PngFormatError) return { ok: false, code: 'damaged-png', message: `The PNG cannot be read: ${e.message}` };
      throw e;
    }
  }
  const decoded = decodeOrNull(utf8, bytes);
  if (decoded === null) return { ok: false, code: 'not-text', message: 'This file is neither a VirtLab project, nor an SVG or PNG exported by VirtLab (it is not text).' };
  // Editors on Windows may add a byte-order mark; JSON.parse rejects it.
  const text = decoded.replace(/^\uFEFF/, '');
  if (/\.svg$/i.test(fileName) || text.trimStart().startsWith('<')) {
    const parsed = projectFromSvg(text);
    if (!parsed.ok) return { ok: false, code: parsed.error.code, message: parsed.error.message, ...(parsed.error.path ? { path: parsed.error.path } : {}) };
    return { ok: true, kind: 'svg', text: serializeProject(parsed.value.design), warnings: parsed.value.warnings };
  }
  return { ok: true, kind: 'project', text, warnings: [] };
}
