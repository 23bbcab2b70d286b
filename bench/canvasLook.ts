// Screenshots of the canvas at rest at several zoom levels (issue 5), to check that a performance
// change leaves the resting look alone: run it on two builds and compare the pictures.
//
//   npx tsx bench/canvasLook.ts --page app|before --out DIR [--size 500]
// Uses the pages bench:canvas built in out/bench (before: a build copied there with --before).
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serializeProject } from '../shared/schema/project';
import { generateTopology } from './canvasTopology';
import { arg, CHROMIUM } from './support';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out/bench');
/** Wheel steps in from the fit view before each picture (React Flow: ×1.18 a step). */
const STEPS = [0, 4, 7, 10, 13, 16];
/** Where the wheel zooms in, as fractions of the pane: the VLANs at the left, where the arrows end, and mid-design. */
const ANCHORS = [{ name: 'vlans', x: 0.06, y: 0.44 }, { name: 'hosts', x: 0.4, y: 0.47 }];

function serve(): Promise<string> {
  const server = createServer((req, res) => {
    let file = join(OUT, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': ({ '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' } as Record<string, string>)[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch { res.writeHead(404).end(); }
  });
  server.unref();
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

async function main() {
  const page = arg('page', 'app');
  const dir = resolve(arg('out', `out/look-${page}`));
  mkdirSync(dir, { recursive: true });
  const design = generateTopology(Number(arg('size', '500')));
  const base = await serve();
  const browser = await chromium.launch(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const p = await context.newPage();
  await p.goto(`${base}/${page}/`);
  await p.getByTestId('status-bar').waitFor();
  await p.getByRole('menuitem', { name: 'File' }).click();
  const chooser = p.waitForEvent('filechooser');
  await p.getByRole('menuitem', { name: 'Import from Disk…' }).click();
  await (await chooser).setFiles({ name: 'look.virtlab.json', mimeType: 'application/json', buffer: Buffer.from(serializeProject(design)) });
  await p.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, Object.keys(design.topology.nodes).length);
  const canvas = p.locator('.vl-canvas');
  const pane = (await p.locator('.vl-canvas .react-flow__pane').boundingBox())!;
  let done = 0;
  for (const anchor of ANCHORS) for (const steps of STEPS) {
    if (anchor !== ANCHORS[0] && steps === 0) continue;
    await p.locator('.react-flow__controls-fitview').click();
    await p.waitForTimeout(300);
    await p.mouse.move(pane.x + pane.width * anchor.x, pane.y + pane.height * anchor.y);
    for (let i = 0; i < steps; i++) {
      await p.mouse.wheel(0, -120);
      await p.waitForTimeout(30);
    }
    // At rest: past any settle delay, and the pointer off the canvas (no hover glow).
    await p.mouse.move(5, 5);
    await p.waitForTimeout(800);
    await canvas.screenshot({ path: join(dir, `${anchor.name}-zoom-${String(steps).padStart(2, '0')}.png`) });
    done++;
  }
  // A selected connection (thicker, glowing, with its label and grips), arrow in view.
  await p.locator('.react-flow__controls-fitview').click();
  await p.waitForTimeout(300);
  await p.mouse.move(pane.x + pane.width * ANCHORS[0]!.x, pane.y + pane.height * ANCHORS[0]!.y);
  for (let i = 0; i < 13; i++) { await p.mouse.wheel(0, -120); await p.waitForTimeout(30); }
  await p.mouse.move(5, 5);
  await p.waitForTimeout(800);
  const inView = await p.evaluate((box) => [...document.querySelectorAll('.vl-canvas .react-flow__edge')].findIndex((e) => {
    const r = e.getBoundingClientRect();
    return r.left > box.x && r.left < box.x + box.width / 3 && r.top > box.y && r.bottom < box.y + box.height;
  }), pane);
  await p.locator('.vl-canvas .react-flow__edge').nth(Math.max(0, inView)).dispatchEvent('click');
  await p.waitForTimeout(500);
  await canvas.screenshot({ path: join(dir, 'selected-edge.png') });
  console.log(`${done + 1} pictures in ${dir}`);
  await browser.close();
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
