import { exportDesign, type ExportFormatId } from '../../../shared/diagram';
import type { ThemeName } from '../../../shared/diagram';
import type { ExportFormat as DesktopFormat } from '../../../shared/ipc/contract';
import type { Design } from '../../../shared/model';
import { embedProjectInPng } from './pngChunks';

export type ExportId = 'svg' | 'png' | 'pdf' | 'json' | 'dot' | 'mermaid' | 'csv';

/** One choice of the Export dialog. */
export interface ExportChoice {
  id: ExportId;
  label: string;
  /** One line under the label: what the file is for. */
  description: string;
  /** File name ending, without the dot. */
  extension: string;
  mime: string;
  /** The file carries the project: Open accepts it back. */
  reopens: boolean;
  /** Rendered from the canvas in the browser (slow on big designs: the dialog shows progress). */
  raster: boolean;
  /** The desktop export writer's format (its save dialog filter). */
  desktop: DesktopFormat;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: 'svg', label: 'SVG diagram', description: 'Vector architecture diagram; reopens in VirtLab.', extension: 'svg', mime: 'image/svg+xml', reopens: true, raster: false, desktop: 'svg' },
  { id: 'png', label: 'PNG image', description: 'The canvas as a picture at 2×; reopens in VirtLab.', extension: 'png', mime: 'image/png', reopens: true, raster: true, desktop: 'png' },
  { id: 'pdf', label: 'PDF document', description: 'The canvas on one page, for printing and handing in.', extension: 'pdf', mime: 'application/pdf', reopens: false, raster: true, desktop: 'pdf' },
  { id: 'json', label: 'VirtLab project (JSON)', description: 'The project file itself.', extension: 'virtlab.json', mime: 'application/json', reopens: true, raster: false, desktop: 'json' },
  { id: 'dot', label: 'Graphviz DOT', description: 'For `dot -Tsvg` and other Graphviz tools.', extension: 'dot', mime: 'text/vnd.graphviz', reopens: false, raster: false, desktop: 'dot' },
  // The desktop writer has no Mermaid type: it saves a Markdown file with a mermaid block, which GitHub and most editors draw.
  { id: 'mermaid', label: 'Mermaid flowchart', description: 'Text diagram for Markdown and wikis.', extension: 'mmd', mime: 'text/plain', reopens: false, raster: false, desktop: 'md' },
  { id: 'csv', label: 'VM inventory (CSV)', description: 'One row per VM, for spreadsheets.', extension: 'csv', mime: 'text/csv', reopens: false, raster: false, desktop: 'csv' },
];

export const exportChoice = (id: string): ExportChoice | undefined => EXPORT_CHOICES.find((c) => c.id === id);

/** What a raster export needs from the canvas. */
export interface RasterSource {
  /** The canvas as PNG bytes (at 2×). */
  png(): Promise<Uint8Array>;
  /** Pixel size of that PNG at 1× (for the PDF page). */
  size(): { width: number; height: number };
}

export interface ExportRequest {
  design: Design;
  /** The serialized project (what Save writes), embedded in formats that reopen. */
  projectText: string;
  title: string;
  theme: ThemeName;
  raster?: RasterSource;
  /** Builds a PDF of one PNG page (jspdf, loaded on demand). */
  pdf?: (png: Uint8Array, size: { width: number; height: number }, title: string) => Promise<Uint8Array>;
  onProgress?: (stage: string) => void;
}

export interface ExportFile {
  fileName: string;
  mime: string;
  data: string | Uint8Array;
  /** The desktop export writer's format. */
  desktop: DesktopFormat;
}

const TEXT: Record<'svg' | 'json' | 'dot' | 'mermaid' | 'csv', ExportFormatId> = { svg: 'svg', json: 'json', dot: 'dot', mermaid: 'mermaid', csv: 'csv' };

/** A name safe on every file system. */
export const safeStem = (stem: string): string =>
  [...stem].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('').replace(/^\.+/, '').trim() || 'untitled';

/** Produces the file of one export format. Throws an Error with a clear message when it cannot. */
export async function produceExport(id: ExportId, stem: string, req: ExportRequest, platform: 'web' | 'desktop' = 'web'): Promise<ExportFile> {
  const choice = exportChoice(id);
  if (!choice) throw new Error(`Unknown export format "${id}".`);
  const base = { mime: choice.mime, desktop: choice.desktop };
  const name = (ext: string) => `${safeStem(stem)}.${ext}`;
  if (id === 'png' || id === 'pdf') {
    if (!req.raster) throw new Error('The canvas is not on screen, so it cannot be drawn as an image.');
    req.onProgress?.('Drawing the canvas…');
    const png = await req.raster.png();
    if (id === 'png') {
      req.onProgress?.('Embedding the project…');
      return { ...base, fileName: name('png'), data: embedProjectInPng(png, req.projectText) };
    }
    if (!req.pdf) throw new Error('PDF export is not available.');
    req.onProgress?.('Building the PDF…');
    return { ...base, fileName: name('pdf'), data: await req.pdf(png, req.raster.size(), req.title) };
  }
  req.onProgress?.(`Writing ${choice.label}…`);
  const text = exportDesign(req.design, TEXT[id], { title: req.title, theme: req.theme });
  if (id === 'mermaid' && platform === 'desktop') return { ...base, mime: 'text/markdown', fileName: name('md'), data: `# ${req.title}\n\n\`\`\`mermaid\n${text.trimEnd()}\n\`\`\`\n` };
  return { ...base, fileName: name(choice.extension), data: text };
}

/** Base64 of bytes (the desktop writer takes binary formats as base64). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
