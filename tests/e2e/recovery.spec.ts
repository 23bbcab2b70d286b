import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, expectNodeCount, nodeOfKind } from './helpers';

/** The journals in this browser's storage: tab id -> node names. */
async function journals(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (!k.startsWith('virtlab:web:journal:')) continue;
      const rec = JSON.parse(localStorage.getItem(k)!) as { text: string };
      const project = JSON.parse(rec.text) as { topology: { nodes: Record<string, { name: string }> } };
      out[k.slice('virtlab:web:journal:'.length)] = Object.values(project.topology.nodes).map((n) => n.name).sort();
    }
    return out;
  });
}

/** Waits until some journal holds exactly `count` elements (the debounced flush has run). */
async function waitForJournal(page: Page, count: number): Promise<void> {
  await expect.poll(async () => Object.values(await journals(page)).map((names) => names.length), { timeout: 5000 }).toContain(count);
}

/** Crashes the tab's renderer process, as a real crash does: no pagehide, no unload, no last flush. */
async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

async function buildHostWithHypervisor(page: Page): Promise<void> {
  const canvas = page.getByTestId('canvas');
  await dragFromPalette(page, 'host', canvas, { x: 0.35, y: 0.35 });
  await expectNodeCount(page, 'host', 1);
  await dragFromPalette(page, 'hv-kvm', nodeOfKind(page, 'host'), { x: 0.4, y: 0.6 });
  await expectNodeCount(page, 'hypervisor', 1);
}

test('a crashed tab’s work is recovered up to the last autosave flush, marked unsaved', async ({ page, context }, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('status-bar')).toContainText('0 hosts');
  await buildHostWithHypervisor(page);
  await waitForJournal(page, 2);
  const [[crashedTab, flushed]] = Object.entries(await journals(page)) as [[string, string[]]];
  await expect(page).toHaveTitle(/^• Untitled — VirtLab$/);

  // One more change, then crash within the 1 s debounce: that change was never flushed.
  await dragFromPalette(page, 'vm', nodeOfKind(page, 'hypervisor'), { x: 0.4, y: 0.7 });
  await expectNodeCount(page, 'vm', 1);
  await crash(page);

  const next = await context.newPage();
  await next.goto('/');
  const dialog = next.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(dialog).toContainText(/Recover unsaved work from .+\? \(an untitled project\)/);
  await testInfo.attach('recovery-offer', { body: await next.screenshot(), contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Recover' }).click();

  await expectNodeCount(next, 'host', 1);
  await expectNodeCount(next, 'hypervisor', 1);
  await expectNodeCount(next, 'vm', 0);
  await expect(next).toHaveTitle(/^• Untitled — VirtLab$/);
  await expect(next.getByTestId('document-name')).toHaveText('Untitled •');
  // The hypervisor is still nested in the host.
  const host = (await nodeOfKind(next, 'host').boundingBox())!;
  const hv = (await nodeOfKind(next, 'hypervisor').boundingBox())!;
  expect(hv.x).toBeGreaterThan(host.x);
  expect(hv.y + hv.height).toBeLessThanOrEqual(host.y + host.height + 1);

  // The crashed tab's journal is gone; the recovered work is journaled by this tab at once.
  const after = await journals(next);
  expect(Object.values(after)).toEqual([flushed]);
  expect(Object.keys(after)).not.toContain(crashedTab);

  // Saving makes it clean and removes the journal: nothing left to recover.
  await next.keyboard.press('Control+s');
  await next.getByRole('dialog', { name: 'Save project' }).getByLabel('Project name').fill('Recovered lab');
  await next.keyboard.press('Enter');
  await expect(next).toHaveTitle('Recovered lab — VirtLab');
  await expect.poll(() => journals(next)).toEqual({});
  await testInfo.attach('recovered-and-saved', { body: await next.screenshot(), contentType: 'image/png' });
});

test('Discard deletes the journal; a clean reload offers nothing', async ({ page, context }) => {
  await page.goto('/');
  await buildHostWithHypervisor(page);
  await waitForJournal(page, 2);
  await crash(page);

  const next = await context.newPage();
  await next.goto('/');
  await next.getByRole('dialog', { name: 'Recover unsaved work' }).getByRole('button', { name: 'Discard' }).click();
  await expect(next.getByTestId('status-bar')).toContainText('0 hosts');
  expect(await journals(next)).toEqual({});
  await next.reload();
  await expect(next.getByTestId('status-bar')).toContainText('0 hosts');
  await next.waitForTimeout(500);
  await expect(next.getByRole('dialog')).toHaveCount(0);
});

test('another live tab’s journal is never offered; it is once that tab has crashed', async ({ page, context }) => {
  await page.goto('/');
  await buildHostWithHypervisor(page);
  await waitForJournal(page, 2);

  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByTestId('status-bar')).toContainText('0 hosts');
  await second.waitForTimeout(800);
  await expect(second.getByRole('dialog')).toHaveCount(0);

  await crash(page);
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.getByRole('dialog', { name: 'Recover unsaved work' })).toBeVisible();
});

test('a saved project leaves no journal, and closing with unsaved changes asks first', async ({ page }) => {
  await page.goto('/');
  await buildHostWithHypervisor(page);
  await waitForJournal(page, 2);
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: 'Save project' }).getByLabel('Project name').fill('Clean lab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Clean lab — VirtLab');
  await expect.poll(() => journals(page)).toEqual({});

  // A change makes it dirty again: closing the tab now raises the browser's "leave site?" prompt.
  await dragFromPalette(page, 'vm', nodeOfKind(page, 'hypervisor'), { x: 0.4, y: 0.7 });
  await expect(page).toHaveTitle('• Clean lab — VirtLab');
  const prompt = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await prompt;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
});
