import { embedProjectInPng, exportDesign, FILE_FORMATS, type FileFormat, type FileFormatId, type ThemeName } from '../../../shared/diagram';
import type { Design } from '../../../shared/model';

export type ExportId = FileFormatId;

/** One choice of the Export dialog: a file format from the one shared list. */
export type ExportChoice = FileFormat;

export const EXPORT_CHOICES: readonly ExportChoice[] = FILE_FORMATS;

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
  /** The format, which the desktop export writer takes for its save dialog. */
  format: FileFormatId;
}

/** A name safe on every file system. */
export const safeStem = (stem: string): string =>
  [...stem].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('').replace(/^\.+/, '').trim() || 'untitled';

/** Produces the file of one export format. Throws an Error with a clear message when it cannot. */
export async function produceExport(id: ExportId, stem: string, req: ExportRequest): Promise<ExportFile> {
  const choice = exportChoice(id);
  if (!choice) throw new Error(`Unknown export format "${id}".`);
  const base = { mime: choice.mime, format: choice.id };
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
  const text = exportDesign(req.design, id, { title: req.title, theme: req.theme });
  return { ...base, fileName: name(choice.extension), data: text };
}

/** Base64 of bytes (the desktop writer takes binary formats as base64). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
