import type { Design } from '../model';
import type { Result } from '../engine/result';
import { fail } from '../engine/result';
import { parseProject, serializeProject, type ParsedProject } from '../schema/project';
import { escapeXml, unescapeXml } from './xml';

/** XML namespace of the project embedded in an exported SVG. */
export const PROJECT_NS = 'urn:virtlab:project';

/**
 * The project as a <metadata> element, so an exported SVG can be reopened (the Excalidraw habit).
 * Non-ASCII characters are written as JSON \u escapes: the payload survives any re-encoding of
 * the file, and it stays plain JSON that any XML parser returns unchanged as text.
 */
export function projectMetadata(design: Design): string {
  const ascii = serializeProject(design).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<metadata><vl:project xmlns:vl="${PROJECT_NS}" encoding="json">${escapeXml(ascii)}</vl:project></metadata>`;
}

/** Reads back the project embedded by toSvg; fails with a clear reason when there is none. */
export function projectFromSvg(svgText: string): Result<ParsedProject> {
  // Prefix-agnostic: an editor that re-saves the file may rename the namespace prefix.
  const element = /<(?:[\w.-]+:)?project\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?project\s*>/g;
  for (const block of svgText.matchAll(/<metadata\b[^>]*>([\s\S]*?)<\/metadata\s*>/g)) {
    for (const m of block[1]!.matchAll(element)) {
      const text = m[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g, (_all, cdata: string | undefined, plain: string | undefined) => cdata ?? unescapeXml(plain ?? ''));
      return parseProject(text.trim());
    }
  }
  return fail('no-embedded-project', 'This SVG has no embedded VirtLab project: it was not exported by VirtLab, or an editor removed its <metadata>.');
}
