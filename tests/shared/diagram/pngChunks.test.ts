import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  crc32, embedProjectInPng, getTextChunk, isPng, PngFormatError, PROJECT_KEYWORD, projectTextFromPng, readChunks, setTextChunk, writeChunks,
} from '../../../shared/diagram/pngChunks';
import { tinyPng } from './tinyPng';

describe('PNG chunks', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('1234'), new TextEncoder().encode('56789'))).toBe(0xcbf43926);
  });

  it('reads the chunks of a PNG and writes the same bytes back', () => {
    const png = tinyPng();
    const chunks = readChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(Buffer.from(writeChunks(chunks)).equals(Buffer.from(png))).toBe(true);
  });

  it('adds a tEXt chunk before IEND, leaves the picture intact and reads it back', () => {
    const png = setTextChunk(tinyPng(), 'Comment', 'hello');
    const chunks = readChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'IEND']);
    expect(Buffer.from(chunks[2]!.data).toString('latin1')).toBe('Comment\0hello');
    expect([...inflateSync(chunks[1]!.data)]).toEqual([0, 255, 0, 0, 255, 0, 0, 255, 255]);
    expect(getTextChunk(png, 'Comment')).toBe('hello');
    expect(getTextChunk(png, 'Other')).toBeNull();
  });

  it('replaces a chunk with the same keyword instead of adding a second one', () => {
    const twice = setTextChunk(setTextChunk(tinyPng(), 'k', 'one'), 'k', 'two');
    expect(readChunks(twice).filter((c) => c.type === 'tEXt')).toHaveLength(1);
    expect(getTextChunk(twice, 'k')).toBe('two');
  });

  it('carries a project with non-ASCII names through a PNG', () => {
    const project = JSON.stringify({ kind: 'virtlab-project', name: 'Ünïcode ☁ lab', nested: { a: [1, 2] } }, null, 2);
    const png = embedProjectInPng(tinyPng(), project);
    const stored = getTextChunk(png, PROJECT_KEYWORD)!;
    expect(/^[\x20-\x7e]*$/.test(stored)).toBe(true);
    expect(JSON.parse(projectTextFromPng(png)!)).toEqual(JSON.parse(project));
  });

  it('says when a PNG carries no project', () => {
    expect(projectTextFromPng(tinyPng())).toBeNull();
  });

  it('refuses non-PNG data, truncated files and damaged chunks with a clear error', () => {
    expect(isPng(new TextEncoder().encode('<svg/>'))).toBe(false);
    expect(() => readChunks(new TextEncoder().encode('not a png at all'))).toThrow(/Not a PNG/);
    const png = tinyPng();
    expect(() => readChunks(png.subarray(0, png.length - 6))).toThrow(PngFormatError);
    const damaged = png.slice();
    damaged[43] = damaged[43]! ^ 0xff; // inside IDAT's data (IHDR ends at 33, IDAT data starts at 41)
    expect(() => readChunks(damaged)).toThrow(/CRC/);
  });

  it('refuses text a tEXt chunk cannot hold', () => {
    expect(() => setTextChunk(tinyPng(), 'k', 'snow ☃')).toThrow(/Latin-1/);
    expect(() => setTextChunk(tinyPng(), '', 'x')).toThrow(/keyword/);
  });
});
