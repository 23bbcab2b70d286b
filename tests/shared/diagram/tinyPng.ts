import { deflateSync } from 'node:zlib';
import { crc32 } from '../../../shared/diagram/pngChunks';

/** A real 2x1 RGBA PNG, built by hand (so the test does not trust the code under test to build it). */
export function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 2);
  v.setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  const raw = Uint8Array.of(0, 255, 0, 0, 255, 0, 0, 255, 255); // filter byte + 2 pixels
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc32(Buffer.from(type, 'latin1'), data), 8 + data.length);
    return out;
  };
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array(deflateSync(raw))), chunk('IEND', new Uint8Array()),
  ]));
}
