import type { Design } from '../model';
import { toCsv } from './csv';
import { toDot } from './dot';
import { toJson } from './json';
import { toMermaid } from './mermaid';
import { toSvg } from './svg';
import type { ThemeName } from './theme';
import { EXPORT_FORMATS, type ExportFormat, type ExportFormatId } from './fileFormats';

export { EXPORT_FORMATS, FILE_FORMAT_IDS, FILE_FORMATS, fileFormat, type ExportFormat, type ExportFormatId, type FileFormat, type FileFormatId } from './fileFormats';

export interface ExportOptions {
  /** Diagram heading (SVG, DOT, Mermaid). */
  title?: string;
  /** SVG only; the text diagrams leave colours to the tool that draws them. */
  theme?: ThemeName;
}

/** The text export format with this id, or undefined. */
export const exportFormat = (id: string): ExportFormat | undefined => EXPORT_FORMATS.find((f) => f.id === id);

/** The format a file name implies by its ending (longest ending wins: .virtlab.json before .json). */
export function formatForFileName(fileName: string): ExportFormat | undefined {
  const lower = fileName.toLowerCase();
  const endings: [string, ExportFormatId][] = [
    ...EXPORT_FORMATS.map((f) => [`.${f.extension}`, f.id] as [string, ExportFormatId]),
    ['.json', 'json'], ['.gv', 'dot'], ['.mermaid', 'mermaid'],
  ];
  const hit = endings.filter(([end]) => lower.endsWith(end)).sort((a, b) => b[0].length - a[0].length)[0];
  return hit ? exportFormat(hit[1]) : undefined;
}

/** Renders the design in one text export format. */
export function exportDesign(design: Design, format: ExportFormatId, options: ExportOptions = {}): string {
  switch (format) {
    case 'svg': return toSvg(design, options);
    case 'json': return toJson(design);
    case 'dot': return toDot(design, options);
    case 'mermaid': return toMermaid(design, options);
    case 'csv': return toCsv(design);
  }
}
