// Screenshots of the canvas at rest at several zoom levels (issue 5), to check that a performance
// change leaves the resting look alone: run it on two builds and compare the pictures.
//
//   npx tsx bench/canvasLook.ts --page app|before --out DIR [--size 500]
// Uses the pages bench:canvas built in out/bench (before: a build copied there with --before).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serializeProject } from '../shared/schema/project';
import { generateTopology } from './canvasTopology';
import { arg, CHROMIUM } from './support';
import { importProject, servePages } from './pages';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out/bench');
/** Wheel steps in from the fit view before each picture (React Flow: ×1.18 a step). */
const STEPS = [0, 4, 7, 10, 13, 16];
/** Where the wheel zooms in, as fractions of the pane: the VLANs at the left, where the arrows end, and mid-design. */
const ANCHORS = [{ name: 'vlans', x: 0.06, y: 0.44 }, { name: 'hosts', x: 0.4, y: 0.47 }];


async function main() {
  const page = arg('page', 'app');
  const dir = resolve(arg('out', `out/look-${page}`));
  mkdirSync(dir, { recursive: true });
  const design = generateTopology(Number(arg('size', '500')));
  const { base } = await servePages(OUT);
  const browser = await chromium.launch(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const p = await context.newPage();
  await p.goto(`${base}/${page}/`);
  await p.getByTestId('status-bar').waitFor();
  await importProject(p, serializeProject(design), 'look.virtlab.json');
  await p.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, design.topology.nodes.size);
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
