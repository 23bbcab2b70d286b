// Draws the VirtLab icon from one shape list into build/icon.svg and build/icons/<n>x<n>.png
// (16…512). No image library: shapes are rasterised with 4×4 supersampling and PNGs are encoded
// with node:zlib. Run with `npm run icons` after changing the shapes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number; fill: string; top?: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string };

const VIEW = 512;

/** Host (outlined) carrying three VMs on a hypervisor bar, linked to a network node below. */
const SHAPES: Shape[] = [
  { kind: 'rect', x: 16, y: 16, w: 480, h: 480, r: 104, fill: '#0b1220', top: '#1e293b' },
  { kind: 'rect', x: 88, y: 88, w: 336, h: 272, r: 40, fill: '#38bdf8' },
  { kind: 'rect', x: 108, y: 108, w: 296, h: 232, r: 24, fill: '#0f1b2e' },
  { kind: 'rect', x: 132, y: 136, w: 72, h: 112, r: 14, fill: '#a78bfa' },
  { kind: 'rect', x: 220, y: 136, w: 72, h: 112, r: 14, fill: '#34d399' },
  { kind: 'rect', x: 308, y: 136, w: 72, h: 112, r: 14, fill: '#f472b6' },
  { kind: 'rect', x: 132, y: 272, w: 248, h: 40, r: 12, fill: '#38bdf8' },
  { kind: 'rect', x: 244, y: 360, w: 24, h: 56, r: 0, fill: '#38bdf8' },
  { kind: 'circle', cx: 256, cy: 424, r: 30, fill: '#38bdf8' },
  { kind: 'circle', cx: 256, cy: 424, r: 14, fill: '#0b1220' },
];

function hex(color: string): Rgba {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

function inside(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === 'circle') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
  const { x: sx, y: sy, w, h, r } = shape;
  if (x < sx || y < sy || x > sx + w || y > sy + h) return false;
  const cx = Math.min(Math.max(x, sx + r), sx + w - r);
  const cy = Math.min(Math.max(y, sy + r), sy + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function colourAt(shape: Shape, y: number): Rgba {
  if (shape.kind === 'rect' && shape.top) {
    // Vertical gradient from `top` to `fill`, as in the SVG.
    const t = Math.min(1, Math.max(0, (y - shape.y) / shape.h));
    const a = hex(shape.top);
    const b = hex(shape.fill);
    return [0, 1, 2, 3].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgba;
  }
  return hex(shape.fill);
}

function rasterise(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  const scale = VIEW / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          let top: Rgba | null = null;
          for (const shape of SHAPES) if (inside(shape, x, y)) top = colourAt(shape, y);
          if (top) {
            // Premultiplied accumulation, so edge pixels blend to transparent correctly.
            acc[0]! += top[0]; acc[1]! += top[1]; acc[2]! += top[2]; acc[3]! += 255;
          }
        }
      }
      const n = samples * samples;
      const alpha = acc[3]! / n;
      const o = (py * size + px) * 4;
      if (alpha > 0) {
        pixels[o] = Math.round(acc[0]! / (acc[3]! / 255));
        pixels[o + 1] = Math.round(acc[1]! / (acc[3]! / 255));
        pixels[o + 2] = Math.round(acc[2]! / (acc[3]! / 255));
        pixels[o + 3] = Math.round(alpha);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

function svg(): string {
  const defs: string[] = [];
  const body = SHAPES.map((s, i) => {
    if (s.kind === 'circle') return `  <circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`;
    let fill = s.fill;
    if (s.top) {
      defs.push(`    <linearGradient id="g${i}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${s.top}"/><stop offset="1" stop-color="${s.fill}"/></linearGradient>`);
      fill = `url(#g${i})`;
    }
    return `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${fill}"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}" width="${VIEW}" height="${VIEW}">`,
    '  <title>VirtLab</title>',
    ...(defs.length ? ['  <defs>', ...defs, '  </defs>'] : []),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'build', 'icons'), { recursive: true });
writeFileSync(join(root, 'build', 'icon.svg'), svg());
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(root, 'build', 'icons', `${size}x${size}.png`), encodePng(size, rasterise(size)));
}
console.log('Wrote build/icon.svg and build/icons/{16..512}x{16..512}.png');
