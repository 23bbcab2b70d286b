// Canvas benchmark (issue 5): load time and frame rate of the app's canvas with 500, 2,000 and
// 5,000 elements, side by side with a bare React Flow page drawing the same nodes, in Debian's
// Chromium (never a downloaded browser).
//
//   npm run bench:canvas [-- --runs 5 --sizes 500,2000,5000] [--before DIR[,DIR…]]
//
// --before DIR,…: also measures other builds of the web edition (e.g. vite.web.config.ts built from
// older commits) in the same runs, alternating with this one and the bare page, for before/after
// figures taken under the same machine load. Each is named after its folder's parent.
//
// Load time: from handing the file to File › Import from Disk… (app) or the flow to the page
// (bare) until every node is in the DOM and measured, and every edge drawn. Frame rate:
// requestAnimationFrame callbacks per second while the script pans (mouse drag on the pane) and
// zooms (wheel), after a fit view. Each run uses a fresh browser context; app and bare alternate.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { serializeProject } from '../shared/schema/project';
import { generateTopology } from './canvasTopology';
import type { BareFlow } from './bare/main';
import { arg, CHROMIUM, median } from './support';
import { bareFlow, servePages } from './pages';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out/bench');
const VIEWPORT = { width: 1440, height: 900 };

const RUNS = Number(arg('runs', '5'));
const SIZES = arg('sizes', '500,2000,5000').split(',').map(Number);
/** Other builds to measure alongside, named after their folder's parent (out/bench-before/app: "bench-before"). */
const BEFORE = arg('before', '').split(',').filter(Boolean).map((dir) => ({ dir, name: basename(dirname(resolve(dir))) }));


async function buildPages(): Promise<void> {
  console.log('Building the web edition and the bare React Flow page…');
  await build({ configFile: join(ROOT, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir: join(OUT, 'app'), emptyOutDir: true } });
  await build({ configFile: join(ROOT, 'bench/bare/vite.config.ts') });
  for (const b of BEFORE) cpSync(resolve(b.dir), join(OUT, b.name), { recursive: true });
}



/** In the page: resolves with Date.now() at the first frame where all nodes are measured and all edges drawn. */
function watchRendered(page: Page, nodes: number, edges: number): Promise<number> {
  return page.evaluate(([n, e]) => new Promise<number>((done, fail) => {
    const started = performance.now();
    const tick = () => {
      const els = document.querySelectorAll<HTMLElement>('.react-flow__node');
      let shown = 0;
      if (els.length >= n) for (const el of els) if (el.style.visibility !== 'hidden') shown++;
      if (shown >= n && document.querySelectorAll('.react-flow__edge').length >= e) { done(Date.now()); return; }
      if (performance.now() - started > 120_000) { fail(new Error(`timed out: ${els.length}/${n} nodes`)); return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), [nodes, edges] as const);
}

/** Counts animation frames in the page from now until stopFrames(). */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => { if (!w.__counting) return; w.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<{ fps: number; frameMs: number[] }> {
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  const frameMs = frames.slice(1).map((t, i) => t - frames[i]!);
  return { fps: ((frames.length - 1) * 1000) / (frames.at(-1)! - frames[0]!), frameMs };
}

/**
 * Pans by dragging the pane with the middle button (the app's pan gesture: a left drag draws a
 * selection box there; React Flow's default pans with it too), then zooms in and out with the
 * wheel around the centre; frames per second during each, and overall.
 */
async function panAndZoom(page: Page, paneSelector: string): Promise<Omit<Sample, 'loadMs'>> {
  const pane = (await page.locator(paneSelector).boundingBox())!;
  // fitView leaves a margin of empty pane around the graph: grab it in the top-left corner.
  const start = { x: pane.x + 12, y: pane.y + 12 };
  await page.mouse.move(start.x, start.y);
  await startFrames(page);
  await page.mouse.down({ button: 'middle' });
  for (let i = 1; i <= 120; i++) {
    const a = (i / 120) * Math.PI * 4;
    await page.mouse.move(start.x + 250 * Math.sin(a / 2), start.y + 150 * (1 - Math.cos(a)));
  }
  await page.mouse.up({ button: 'middle' });
  const pan = await stopFrames(page);
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await startFrames(page);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, i < 20 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  const zoom = await stopFrames(page);
  const all = [...pan.frameMs, ...zoom.frameMs];
  const sorted = [...all].sort((a, b) => a - b);
  return {
    fps: (all.length * 1000) / all.reduce((a, b) => a + b, 0),
    panFps: pan.fps,
    zoomFps: zoom.fps,
    p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
  };
}

interface Sample { loadMs: number; fps: number; panFps: number; zoomFps: number; p95FrameMs: number }

/** A fresh context; tsx compiles the page-side functions with esbuild's __name helper, which the page must have. */
async function newContext(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}

interface Size { width: number; height: number }

async function runApp(browser: Browser, base: string, file: Buffer, nodes: number, edges: number, path = 'app'): Promise<Sample & { canvas: Size }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}/${path}/`);
  await page.getByTestId('status-bar').waitFor();
  await page.getByRole('menuitem', { name: 'File' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import from Disk…' }).click();
  const picked = await chooser;
  const rendered = watchRendered(page, nodes, edges);
  const t0 = Date.now();
  await picked.setFiles({ name: `bench-${nodes}.virtlab.json`, mimeType: 'application/json', buffer: file });
  const loadMs = (await rendered) - t0;
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(500);
  const motion = await panAndZoom(page, '.vl-canvas .react-flow__pane');
  const box = (await page.locator('.vl-canvas').boundingBox())!;
  await context.close();
  return { loadMs, ...motion, canvas: { width: Math.round(box.width), height: Math.round(box.height) } };
}

/** The bare page draws in an area the size of the app's canvas (the app shares the window with its panels). */
async function runBare(browser: Browser, base: string, flow: BareFlow, nodes: number, edges: number, canvas: Size): Promise<Sample> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}/bare/?w=${canvas.width}&h=${canvas.height}`);
  await page.waitForFunction(() => typeof window.__benchLoad === 'function');
  const rendered = watchRendered(page, nodes, edges);
  const t0 = Date.now();
  await page.evaluate((f) => window.__benchLoad!(f), flow);
  const loadMs = (await rendered) - t0;
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(500);
  const motion = await panAndZoom(page, '.react-flow__pane');
  await context.close();
  return { loadMs, ...motion };
}


interface Row { size: number; nodes: number; edges: number; app: Sample[]; bare: Sample[]; before: Record<string, Sample[]> }

function summary(rows: Row[]): string {
  const lines = [
    '| Elements | Connections | App load (ms) | Bare load (ms) | App fps (pan / zoom) | Bare fps (pan / zoom) | fps ratio | App p95 frame (ms) | Bare p95 frame (ms) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const m = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k]));
    const ratio = m(r.app, 'fps') / m(r.bare, 'fps');
    for (const [name, xs] of Object.entries(r.before)) {
      const b = (k: keyof Sample) => m(xs, k).toFixed(k === 'loadMs' ? 0 : 1);
      lines.push(`| ${r.nodes.toLocaleString('en')} (${name}) | ${r.edges.toLocaleString('en')} | ${b('loadMs')} | | ${b('fps')} (${b('panFps')} / ${b('zoomFps')}) | | ${(m(xs, 'fps') / m(r.bare, 'fps')).toFixed(2)} | ${b('p95FrameMs')} | |`);
    }
    lines.push(`| ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${m(r.app, 'loadMs').toFixed(0)} | ${m(r.bare, 'loadMs').toFixed(0)} | ${m(r.app, 'fps').toFixed(1)} (${m(r.app, 'panFps').toFixed(1)} / ${m(r.app, 'zoomFps').toFixed(1)}) | ${m(r.bare, 'fps').toFixed(1)} (${m(r.bare, 'panFps').toFixed(1)} / ${m(r.bare, 'zoomFps').toFixed(1)}) | ${ratio.toFixed(2)} | ${m(r.app, 'p95FrameMs').toFixed(1)} | ${m(r.bare, 'p95FrameMs').toFixed(1)} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  await buildPages();
  const { base, close } = await servePages(OUT);
  const browser = await chromium.launch(CHROMIUM);
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      const started = Date.now();
      const design = generateTopology(size);
      const file = Buffer.from(serializeProject(design));
      const flow = bareFlow(design);
      const row: Row = { size, nodes: flow.nodes.length, edges: flow.edges.length, app: [], bare: [], before: Object.fromEntries(BEFORE.map((b) => [b.name, []])) };
      console.log(`\n${row.nodes} elements, ${row.edges} connections (generated in ${Date.now() - started} ms, ${(file.length / 1e6).toFixed(1)} MB)`);
      for (let run = 1; run <= RUNS; run++) {
        const { canvas, ...app } = await runApp(browser, base, file, row.nodes, row.edges);
        const bare = await runBare(browser, base, flow, row.nodes, row.edges, canvas);
        row.app.push(app);
        row.bare.push(bare);
        for (const b of BEFORE) {
          const { canvas: _, ...before } = await runApp(browser, base, file, row.nodes, row.edges, b.name);
          row.before[b.name]!.push(before);
        }
        const line = (x: Sample) => `load ${x.loadMs} ms, ${x.fps.toFixed(1)} fps (pan ${x.panFps.toFixed(1)}, zoom ${x.zoomFps.toFixed(1)}, p95 frame ${x.p95FrameMs.toFixed(0)} ms)`;
        console.log(`  run ${run} (canvas ${canvas.width}×${canvas.height}): app ${line(app)} | bare ${line(bare)}${BEFORE.map((b) => ` | ${b.name} ${line(row.before[b.name]!.at(-1)!)}`).join('')}`);
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
    close();
  }
  const table = summary(rows);
  console.log(`\nMedians of ${RUNS} runs:\n${table}`);
  mkdirSync(join(ROOT, 'bench/.results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/.results/canvas.json'), JSON.stringify({ at: new Date().toISOString(), runs: RUNS, rows }, null, 2));
  for (const r of rows) {
    if (r.size !== 2000) continue;
    const load = median(r.app.map((x) => x.loadMs));
    const ratio = median(r.app.map((x) => x.fps)) / median(r.bare.map((x) => x.fps));
    console.log(`\nTargets at 2,000: load ${load.toFixed(0)} ms ${load < 2000 ? '<' : '>='} 2,000 ms (${load < 2000 ? 'met' : 'MISSED'}); fps ratio ${ratio.toFixed(2)} ${ratio >= 0.8 ? '>=' : '<'} 0.8 (${ratio >= 0.8 ? 'met' : 'MISSED'})`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
