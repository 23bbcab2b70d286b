import { basename } from 'node:path';
import { fileFormat } from '../../shared/diagram/fileFormats';
import type { ExportFormat } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/engine/result';
import { atomicWrite } from './atomicWrite';

/** The save-dialog filter of an export format: its label and file ending, from the one list of formats. */
export function exportFileType(format: ExportFormat): { name: string; extension: string } {
  const f = fileFormat(format)!;
  return { name: f.label, extension: f.extension };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Text is written as UTF-8; binary formats (PNG, PDF) arrive base64-encoded and are checked strictly. */
export function decodeExportData(data: string, encoding: 'utf8' | 'base64'): Result<string | Uint8Array> {
  if (encoding === 'utf8') return ok(data);
  if (data.length % 4 !== 0 || !BASE64.test(data)) return fail('bad-request', 'The export data is not valid base64.');
  return ok(new Uint8Array(Buffer.from(data, 'base64')));
}

/** Adds the format's extension unless the path already ends with it. */
export function withExtension(path: string, format: ExportFormat): string {
  const ext = `.${exportFileType(format).extension}`;
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
}

/** A file name only (never a path) for the save dialog, with the format's extension. */
export function suggestedExportName(name: string | undefined, format: ExportFormat): string {
  const base = basename((name ?? 'diagram').replace(/\\/g, '/'));
  // Drop control characters and the characters Windows forbids in file names.
  const cleaned = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && !'<>:"|?*'.includes(c)).join('').trim();
  return withExtension(cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'diagram', format);
}

/** Writes an export atomically, so an interrupted export never leaves a half-written file. */
export async function writeExport(path: string, data: string | Uint8Array): Promise<void> {
  await atomicWrite(path, data);
}
