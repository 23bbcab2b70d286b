// Where a wheel zoom of the canvas benchmark spends its time (issue 5): the same 40 wheel steps as
// bench/canvas.ts, on the app or the bare page, with the zoom and the time of each step and a
// Chromium trace summarised per thread and event. Uses the pages bench:canvas built in out/bench.
//
//   npx tsx bench/canvasZoomProfile.ts [--page app|bare|before] [--size 2000] [--no-build] [--css RULES]
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { serializeProject } from '../shared/schema/project';
import { toFlow } from '../renderer/src/canvas/toFlow';
import { generateTopology } from './canvasTopology';
import { arg, CHROMIUM } from './support';
import { bareFlow, importProject, servePages } from './pages';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out/bench');
const PAGE = arg('page', 'app');
const SIZE = Number(arg('size', '2000'));


async function waitDrawn(page: Page, n: number): Promise<void> {
  await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length >= count
    && [...document.querySelectorAll<HTMLElement>('.react-flow__node')].every((e) => e.style.visibility !== 'hidden'), n, { timeout: 120_000 });
}

interface TraceEvent { name: string; ph: string; dur?: number; tdur?: number; tid: number; pid: number; args?: { name?: string; data?: { nodeName?: string; reason?: string; nodeId?: number } } }

async function main() {
  if (!process.argv.includes('--no-build')) {
    await build({ configFile: join(ROOT, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir: join(OUT, 'app'), emptyOutDir: true } });
    await build({ configFile: join(ROOT, 'bench/bare/vite.config.ts') });
  }
  const { base } = await servePages(OUT);
  const design = generateTopology(SIZE);
  const flow = toFlow(design, new Set());
  const browser = await chromium.launch(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  if (PAGE !== 'bare') {
    // app, or before: another build bench:canvas --before copied into out/bench/before
    await page.goto(`${base}/${PAGE}/`);
    await page.getByTestId('status-bar').waitFor();
    await importProject(page, serializeProject(design));
  } else {
    await page.goto(`${base}/bare/?w=920&h=805`);
    await page.waitForFunction(() => typeof (window as { __benchLoad?: unknown }).__benchLoad === 'function');
    await page.evaluate((f) => (window as unknown as { __benchLoad: (x: unknown) => void }).__benchLoad(f), bareFlow(design));
  }
  await waitDrawn(page, flow.nodes.length);
  // --css RULES: a style sheet added before the zoom, to weigh what a kind of drawing costs.
  const css = arg('css', '');
  if (css) await page.addStyleTag({ content: css });
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(1000);
  const pane = (await page.locator(PAGE !== 'bare' ? '.vl-canvas .react-flow__pane' : '.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.evaluate(() => {
    const w = window as unknown as { __f: number[]; __on: boolean };
    w.__f = []; w.__on = true;
    const tick = (t: number) => { if (!w.__on) return; w.__f.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc', 'toplevel', 'blink', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
  const steps: { zoom: string; ms: number }[] = [];
  for (let i = 0; i < 40; i++) {
    const t0 = Date.now();
    await page.mouse.wheel(0, i < 20 ? -120 : 120);
    await page.waitForTimeout(16);
    const [zoom, detail] = await page.evaluate(() => [
      document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform.match(/scale\(([^)]+)\)/)?.[1] ?? '?',
      document.querySelector<HTMLElement>('[data-detail]')?.dataset.detail?.[0] ?? '',
    ]);
    steps.push({ zoom: `${Number(zoom).toFixed(3)}${detail}`, ms: Date.now() - t0 });
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const frames = await page.evaluate(() => { const w = window as unknown as { __f: number[]; __on: boolean }; w.__on = false; return w.__f; });
  console.log(`${PAGE} ${SIZE}: ${((frames.length - 1) * 1000 / (frames.at(-1)! - frames[0]!)).toFixed(1)} fps (rAF, includes the profile's own evaluates)`);
  console.log(steps.map((s) => `${s.zoom}:${s.ms}`).join(' '));
  const threads = new Map<string, string>();
  for (const e of trace.traceEvents) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const sums = new Map<string, { ms: number; n: number }>();
  console.log('thread time (tdur) where recorded, else wall:');
  for (const e of trace.traceEvents) {
    // Thread time where the trace has it: on a busy machine wall durations include waiting for a core.
    const d = e.tdur ?? e.dur;
    if (e.ph !== 'X' || !d) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} | ${e.name}`;
    const s = sums.get(key) ?? { ms: 0, n: 0 };
    s.ms += d / 1000; s.n++;
    sums.set(key, s);
  }
  const total = (key: string) => [...sums].filter(([k]) => k.endsWith(key)).reduce((a, [, v]) => a + v.ms, 0);
  console.log(`summary ${PAGE}: main thread ${total('CrRendererMain | ThreadControllerImpl::RunTask').toFixed(0)} ms, raster ${total('| RasterTask').toFixed(0)} ms, hit tests ${total('CrRendererMain | HitTest').toFixed(0)} ms, layerize ${total('CrRendererMain | Layerize').toFixed(0)} ms, style ${total('CrRendererMain | UpdateLayoutTree').toFixed(0)} ms, layout ${total('CrRendererMain | Layout').toFixed(0)} ms, paint ${total('CrRendererMain | Paint').toFixed(0)} ms`);
  if (process.argv.includes('--summary')) { await browser.close(); return; }
  for (const [k, v] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40)) console.log(`${v.ms.toFixed(0).padStart(7)} ms ${String(v.n).padStart(6)}x  ${k}`);
  const inval = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (!e.name.includes('Invalidation')) continue;
    const key = `${e.name} ${e.args?.data?.nodeName ?? ''} ${e.args?.data?.reason ?? ''}`;
    inval.set(key, (inval.get(key) ?? 0) + 1);
  }
  for (const [k, v] of [...inval].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(v).padStart(7)}x  ${k}`);
  await browser.close();
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
