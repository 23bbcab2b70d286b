import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { shot } from './editorHelpers';

/** Imports an example project through File › Import from Disk…, as a person would. */
async function importExample(page: import('@playwright/test').Page, name: string) {
  const text = await readFile(`examples/${name}.virtlab.json`, 'utf8');
  await page.getByRole('menuitem', { name: 'File' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import from Disk…' }).click();
  await (await chooser).setFiles({ name: `${name}.virtlab.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a real design, laid out, in the light and dark themes: every element on screen, nothing overlapping its siblings', async ({ page }, testInfo) => {
  await page.goto('/');
  await importExample(page, 'vsphere-cluster');
  await expect(page.locator('.vl-node').first()).toBeVisible();
  await page.keyboard.press('Alt+Shift+F');
  await expect(page.locator('.vl-notice', { hasText: 'Laid out automatically' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Legend' }).click();
  await page.keyboard.press('F8');
  await expect(page.getByTestId('no-findings')).toBeVisible();
  await shot(page, testInfo, 'light');
  // After auto-layout two boxes are either apart or one holds the other (nesting): never half on top.
  const boxes = await page.locator('.vl-node').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { id: el.getAttribute('data-testid'), x: r.x, y: r.y, r: r.right, b: r.bottom };
  }));
  expect(boxes.length).toBeGreaterThan(10);
  const E = 0.5;
  for (const a of boxes) {
    for (const b of boxes) {
      if (a === b) continue;
      const apart = a.r <= b.x + E || b.r <= a.x + E || a.b <= b.y + E || b.b <= a.y + E;
      const holds = (o: typeof a, i: typeof a) => o.x <= i.x + E && o.y <= i.y + E && o.r >= i.r - E && o.b >= i.b - E;
      expect(apart || holds(a, b) || holds(b, a), `${a.id} and ${b.id} overlap`).toBe(true);
    }
  }
  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Toggle dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, testInfo, 'dark');
});
