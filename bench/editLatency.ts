// Edit latency benchmark: how long one edit takes to show on screen in a large design, in the web
// edition in Debian's Chromium (never a downloaded browser). A person finds a VM (Ctrl+F), types a new
// name in the Inspector and presses Enter; the time runs from the Enter until the canvas shows the
// new name (the engine in its Worker has applied the command, validated, and the canvas redrawn).
//
//   npm run bench:edit [-- --runs 15 --sizes 2000,5000]
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { serializeProject } from '../shared/schema/project';
import { generateTopology } from './canvasTopology';
import { arg, CHROMIUM, median } from './support';
import { importProject } from './pages';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out/bench-edit');

const RUNS = Number(arg('runs', '15'));
const SIZES = arg('sizes', '2000,5000').split(',').map(Number);


async function importDesign(page: Page, text: string, nodes: number): Promise<void> {
  await importProject(page, text);
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, nodes, { timeout: 120_000 });
}

/** Renames `name` to a new name `runs` times through the Inspector; the milliseconds of each. */
async function renames(page: Page, id: string, name: string): Promise<number[]> {
  await page.keyboard.press('Control+f');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  const field = page.locator('.vl-inspector').getByLabel('Name', { exact: true });
  await field.waitFor();
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const next = `renamed-${i}`;
    await field.fill(next);
    const shown = page.evaluate(([nodeId, label]) => new Promise<number>((done) => {
      const tick = () => {
        const el = document.querySelector(`[data-testid="node-${nodeId}"]`);
        if (el?.getAttribute('aria-label')?.startsWith(`${label},`)) done(performance.now());
        else requestAnimationFrame(tick);
      };
      tick();
    }), [id, next] as const);
    const t0 = await page.evaluate(() => performance.now());
    await field.press('Enter');
    const t1 = await shown;
    if (i >= 2) times.push(t1 - t0); // the first two warm up the JIT
    await page.waitForTimeout(200);
  }
  return times;
}

async function main(): Promise<void> {
  console.log('Building the web edition…');
  await build({ configFile: join(ROOT, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, minify: !process.env.PROFILE } });
  const server = await preview({ configFile: join(ROOT, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir: OUT }, preview: { port: 0, host: '127.0.0.1' } });
  const base = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (const size of SIZES) {
      const design = generateTopology(size);
      const vm = [...design.topology.nodes.values()].find((n) => n.kind === 'vm')!;
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // tsx compiles the page-side functions with esbuild's __name helper, which the page must have.
      await context.addInitScript('globalThis.__name = (f) => f;');
      const page = await context.newPage();
      await page.goto(base);
      await importDesign(page, serializeProject(design), design.topology.nodes.size);
      const cdp = process.env.PROFILE ? await context.newCDPSession(page) : null;
      if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
      const times = await renames(page, vm.id, vm.name);
      if (cdp) { const { profile } = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync(`/tmp/edit-${size}.cpuprofile`, JSON.stringify(profile)); }
      await context.close();
      console.log(`${design.topology.nodes.size} elements: rename to screen median ${median(times).toFixed(0)} ms (runs ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}, n=${times.length})`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((ok) => server.httpServer.close(() => ok()));
  }
}

await main();
