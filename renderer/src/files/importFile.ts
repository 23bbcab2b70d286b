import { projectFromSvg } from '../../../shared/diagram';
import { serializeProject } from '../../../shared/schema/project';
import { isPng, PngFormatError, projectTextFromPng } from '../export/pngChunks';

export type ImportResult = { ok: true; text: string; warnings: string[] } | { ok: false; message: string };

/** The name a file gives its project: "lab.virtlab.json", "lab.svg", "lab.png" -> "lab". */
export const projectNameOf = (fileName: string): string => fileName.replace(/\.(virtlab\.json|json|svg|png)$/i, '') || fileName;

/**
 * Finds the project in a file the user picked: a project file (JSON), or an SVG / PNG exported by
 * VirtLab, which carries its project (<metadata> in SVG, a tEXt chunk in PNG). Returns the project
 * text for the engine to load, or a message saying plainly why the file cannot be opened.
 */
export function projectTextFromFile(fileName: string, bytes: Uint8Array): ImportResult {
  if (isPng(bytes)) {
    try {
      const text = projectTextFromPng(bytes);
      if (text === null) return { ok: false, message: `“${fileName}” is a PNG image without an embedded VirtLab project: only PNGs exported by VirtLab can be reopened.` };
      return { ok: true, text, warnings: [] };
    } catch (e) {
      if (e instanceof PngFormatError) return { ok: false, message: `“${fileName}” cannot be read: ${e.message}` };
      throw e;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, message: `“${fileName}” is neither a VirtLab project, nor an SVG or PNG exported by VirtLab (it is not text).` };
  }
  const head = text.trimStart();
  if (/\.svg$/i.test(fileName) || head.startsWith('<')) {
    const parsed = projectFromSvg(text);
    if (!parsed.ok) return { ok: false, message: `“${fileName}”: ${parsed.error.message}` };
    return { ok: true, text: serializeProject(parsed.value.design), warnings: parsed.value.warnings };
  }
  return { ok: true, text, warnings: [] };
}
