// What the browser benchmarks share: serving the built pages, opening a design in the app as a
// person does, and the bare React Flow page's version of the same design.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import type { Design } from '../shared/model';
import { toFlow } from '../renderer/src/canvas/toFlow';
import type { BareFlow } from './bare/main';

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2' };

/** A static file server for a folder of built pages (a directory serves its index.html), on a free local port. */
export function servePages(root: string): Promise<{ base: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  server.unref();
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })));
}

/** Opens a project in the app through File › Import from Disk…, as a person does (returns once the file is handed over). */
export async function importProject(page: Page, text: string, name = 'bench.virtlab.json'): Promise<void> {
  await page.getByRole('menuitem', { name: 'File' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import from Disk…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The same nodes the app draws (toFlow), as React Flow's built-in nodes and edges. */
export function bareFlow(design: Design): BareFlow {
  const { nodes, edges } = toFlow(design, new Set());
  return {
    nodes: nodes.map((n) => ({ id: n.id, position: n.position, width: n.width, height: n.height, ...(n.parentId ? { parentId: n.parentId } : {}), data: { label: n.data.element.name } })),
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}
