/**
 * A small PNG chunk reader/writer: enough to carry the project inside an exported PNG as a tEXt
 * chunk (the Excalidraw habit), so the image can be reopened in VirtLab. PNG spec, sections 5.3
 * (chunk layout: length, type, data, CRC-32 of type+data) and 11.3.4.3 (tEXt: Latin-1 keyword,
 * NUL, Latin-1 text).
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** The tEXt keyword under which VirtLab stores its project. */
export const PROJECT_KEYWORD = 'application/vnd.virtlab+json';

export interface PngChunk { type: string; data: Uint8Array }

export class PngFormatError extends Error {
  override name = 'PngFormatError';
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG uses it) over one or more byte ranges in order. */
export function crc32(...parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const isPng = (bytes: Uint8Array): boolean => bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);

const latin1 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new PngFormatError(`tEXt chunks hold Latin-1 text only; character U+${c.toString(16).padStart(4, '0')} at ${i} is not.`);
    out[i] = c;
  }
  return out;
};
const fromLatin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};

/** Splits a PNG into its chunks, checking the signature, every length and every CRC. */
export function readChunks(png: Uint8Array): PngChunk[] {
  if (!isPng(png)) throw new PngFormatError('Not a PNG file (the 8-byte signature is missing).');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) throw new PngFormatError(`The PNG is truncated: a chunk header at byte ${at} is cut off.`);
    const length = view.getUint32(at);
    const typeBytes = png.subarray(at + 4, at + 8);
    const type = fromLatin1(typeBytes);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new PngFormatError(`The PNG is damaged: invalid chunk type at byte ${at}.`);
    const end = at + 12 + length;
    if (end > png.length) throw new PngFormatError(`The PNG is truncated: chunk ${type} at byte ${at} runs past the end of the file.`);
    const data = png.subarray(at + 8, at + 8 + length);
    if (view.getUint32(at + 8 + length) !== crc32(typeBytes, data)) throw new PngFormatError(`The PNG is damaged: chunk ${type} at byte ${at} fails its CRC check.`);
    chunks.push({ type, data });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks[chunks.length - 1]?.type !== 'IEND') throw new PngFormatError('The PNG is damaged: it does not start with IHDR and end with IEND.');
  return chunks;
}

/** Joins chunks into a PNG file, computing lengths and CRCs. */
export function writeChunks(chunks: readonly PngChunk[]): Uint8Array {
  const size = 8 + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let at = 8;
  for (const c of chunks) {
    const type = latin1(c.type);
    view.setUint32(at, c.data.length);
    out.set(type, at + 4);
    out.set(c.data, at + 8);
    view.setUint32(at + 8 + c.data.length, crc32(type, c.data));
    at += 12 + c.data.length;
  }
  return out;
}

function textChunk(keyword: string, text: string): PngChunk {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || keyword.startsWith(' ') || keyword.endsWith(' ')) throw new PngFormatError(`Invalid tEXt keyword "${keyword}".`);
  const k = latin1(keyword);
  const t = latin1(text);
  const data = new Uint8Array(k.length + 1 + t.length);
  data.set(k, 0);
  data.set(t, k.length + 1);
  return { type: 'tEXt', data };
}

function parseText(data: Uint8Array): { keyword: string; text: string } | null {
  const nul = data.indexOf(0);
  if (nul < 1) return null;
  return { keyword: fromLatin1(data.subarray(0, nul)), text: fromLatin1(data.subarray(nul + 1)) };
}

/**
 * Returns a copy of the PNG with one tEXt chunk `keyword` holding `text` (Latin-1), placed just
 * before IEND. An existing chunk with the same keyword is replaced, never duplicated.
 */
export function setTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = readChunks(png).filter((c) => !(c.type === 'tEXt' && parseText(c.data)?.keyword === keyword));
  chunks.splice(chunks.length - 1, 0, textChunk(keyword, text));
  return writeChunks(chunks);
}

/** The text of the tEXt chunk `keyword`, or null when the PNG has none. */
export function getTextChunk(png: Uint8Array, keyword: string): string | null {
  for (const c of readChunks(png)) {
    if (c.type !== 'tEXt') continue;
    const t = parseText(c.data);
    if (t?.keyword === keyword) return t.text;
  }
  return null;
}

/** JSON with every non-ASCII character written as a \u escape: the same JSON value, pure ASCII. */
export const asciiJson = (json: string): string => json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Embeds a serialized project (compacted, ASCII-escaped) in a PNG. */
export function embedProjectInPng(png: Uint8Array, projectText: string): Uint8Array {
  return setTextChunk(png, PROJECT_KEYWORD, asciiJson(JSON.stringify(JSON.parse(projectText))));
}

/** The project text embedded by embedProjectInPng, or null when there is none. Throws PngFormatError on a damaged PNG. */
export function projectTextFromPng(png: Uint8Array): string | null {
  return getTextChunk(png, PROJECT_KEYWORD);
}
