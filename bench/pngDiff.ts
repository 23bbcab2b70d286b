// Compares two folders of PNG screenshots of the same names (bench/canvasLook.ts): how many
// pixels differ in each, by how much, and where (bounding box); writes a difference picture when asked.
//
//   npx tsx bench/pngDiff.ts DIR_A DIR_B [DIFF_DIR]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from 'fast-png';

const [a, b, out] = process.argv.slice(2) as [string, string, string | undefined];
if (out) mkdirSync(out, { recursive: true });
for (const f of readdirSync(a).filter((n) => n.endsWith('.png')).sort()) {
  const A = decode(readFileSync(join(a, f)));
  const B = decode(readFileSync(join(b, f)));
  if (A.width !== B.width || A.height !== B.height) { console.log(`${f}: sizes differ`); continue; }
  const ca = A.channels, cb = B.channels;
  const diff = new Uint8Array(A.width * A.height);
  let n = 0, big = 0, max = 0, x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let i = 0; i < A.width * A.height; i++) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(Number(A.data[i * ca + c]) - Number(B.data[i * cb + c])));
    diff[i] = Math.min(255, d * 4);
    if (!d) continue;
    n++; if (d > 32) big++; max = Math.max(max, d);
    const x = i % A.width, y = Math.floor(i / A.width);
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  console.log(`${f}: ${n} px differ (${big} by more than 32 of 255, max ${max})${n ? ` within x ${x0}–${x1}, y ${y0}–${y1}` : ''}`);
  if (out && n) writeFileSync(join(out, `diff-${f}`), encode({ width: A.width, height: A.height, data: diff, channels: 1 }));
}
