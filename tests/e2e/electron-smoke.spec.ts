// Smoke test of the real desktop app through Playwright's Electron driver. It runs wherever an
// Electron binary is installed; the workplace machines cannot download one, so there it reports a
// skip with the reason. Resolving the binary never calls require('electron'): that would try to
// download it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { VirtlabApi } from '../../shared/ipc/contract';

type DesktopWindow = Window & { virtlab?: VirtlabApi; require?: unknown; process?: unknown };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The Electron executable, or why there is none. */
function electronBinary(): { path: string } | { missing: string } {
  if (process.env.ELECTRON_EXEC_PATH) {
    return existsSync(process.env.ELECTRON_EXEC_PATH) ? { path: process.env.ELECTRON_EXEC_PATH } : { missing: `ELECTRON_EXEC_PATH=${process.env.ELECTRON_EXEC_PATH} does not exist` };
  }
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `${pathFile} is absent (the electron package was installed without its binary)` };
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip('missing' in binary, `no Electron binary on this machine: ${'missing' in binary ? binary.missing : ''}`);

  test('starts hardened, exposes only window.virtlab and answers the engine', async () => {
    const executablePath = (binary as { path: string }).path;
    expect(existsSync(join(ROOT, 'out/main/index.js')), 'run `npm run build` before this test').toBe(true);
    const config = mkdtempSync(join(tmpdir(), 'virtlab-smoke-'));
    const app = await electron.launch({
      executablePath,
      args: [ROOT, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      // A throwaway userData (recent files, recovery journals) on Linux; never the dev server.
      env: { ...process.env, XDG_CONFIG_HOME: config, ELECTRON_RENDERER_URL: '' },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Untitled — VirtLab');

      const surface = await page.evaluate(() => {
        const w = window as DesktopWindow;
        return { require: typeof w.require, process: typeof w.process, keys: Object.keys(w.virtlab ?? {}).sort(), frozen: Object.isFrozen(w.virtlab) };
      });
      expect(surface.require).toBe('undefined');
      expect(surface.process).toBe('undefined');
      expect(surface.frozen).toBe(true);
      expect(surface.keys).toContain('designGet');
      expect(surface.keys).toContain('on');
      expect(surface.keys).not.toContain('invoke');

      // Only plain data leaves the page: the snapshot's design holds Maps.
      const snapshotOk = await page.evaluate(async () => (await (window as DesktopWindow).virtlab!.designGet({})).ok);
      expect(snapshotOk).toBe(true);

      // Navigation away from the app is refused.
      const before = page.url();
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
    } finally {
      await app.close();
      rmSync(config, { recursive: true, force: true });
    }
  });
});
