import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, expectNodeCount, nodeOfKind } from './helpers';

async function buildLab(page: Page): Promise<void> {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await dragFromPalette(page, 'host', canvas, { x: 0.35, y: 0.35 });
  await dragFromPalette(page, 'hv-kvm', nodeOfKind(page, 'host'), { x: 0.4, y: 0.6 });
  await dragFromPalette(page, 'vm', nodeOfKind(page, 'hypervisor'), { x: 0.4, y: 0.7 });
  await expectNodeCount(page, 'vm', 1);
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: 'Save project' }).getByLabel('Project name').fill('Export lab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Export lab — VirtLab');
}

/** File › Export…, pick a format, and return the downloaded file. */
async function exportAs(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer; path: string }> {
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const d = await download;
  const path = await d.path();
  await expect(dialog).toHaveCount(0);
  return { name: d.suggestedFilename(), bytes: await readFile(path), path };
}

/** File › Import from Disk… with a file, into a fresh page (no library, nothing open). */
async function reopen(page: Page, path: string, name: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('status-bar')).toContainText('0 hosts');
  await page.getByRole('menuitem', { name: 'File' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import from Disk…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: await readFile(path) });
}

test('SVG, PNG and JSON exports reopen as the same project', async ({ page, context }, testInfo) => {
  await buildLab(page);
  for (const [format, ext] of [[/SVG/, 'svg'], [/PNG/, 'png'], [/VirtLab project/, 'virtlab.json']] as const) {
    const file = await exportAs(page, format);
    expect(file.name).toBe(`Export lab.${ext}`);
    if (ext === 'png') {
      expect(file.bytes.subarray(1, 4).toString()).toBe('PNG');
      // Drawn at 2x: the picture is much bigger than the 320 px minimum.
      expect(file.bytes.readUInt32BE(16)).toBeGreaterThan(640);
      await testInfo.attach('exported.png', { body: file.bytes, contentType: 'image/png' });
    }
    const other = await context.newPage();
    await reopen(other, file.path, file.name);
    await expectNodeCount(other, 'host', 1);
    await expectNodeCount(other, 'hypervisor', 1);
    await expectNodeCount(other, 'vm', 1);
    await expect(other.getByTestId('status-bar')).toContainText('1 VMs');
    await other.close();
  }
});

test('PDF, DOT, Mermaid and CSV exports carry the design', async ({ page }) => {
  await buildLab(page);
  const pdf = await exportAs(page, /PDF/);
  expect(pdf.name).toBe('Export lab.pdf');
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);

  const dot = await exportAs(page, /Graphviz/);
  expect(dot.name).toBe('Export lab.dot');
  expect(dot.bytes.toString()).toMatch(/digraph/);
  const mermaid = await exportAs(page, /Mermaid/);
  expect(mermaid.name).toBe('Export lab.mmd');
  expect(mermaid.bytes.toString()).toMatch(/flowchart/);
  const csv = await exportAs(page, /CSV/);
  expect(csv.name).toBe('Export lab.csv');
  expect(csv.bytes.toString().trim().split('\n')).toHaveLength(2); // header + the one VM
});

test('opening a file that is not a VirtLab export says why and keeps the current project', async ({ page }) => {
  await buildLab(page);
  await page.getByRole('menuitem', { name: 'File' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import from Disk…' }).click();
  await (await chooser).setFiles({ name: 'drawing.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>') });
  await expect(page.getByText(/drawing\.svg.+no embedded VirtLab project/)).toBeVisible();
  await expectNodeCount(page, 'vm', 1);
  await expect(page).toHaveTitle('Export lab — VirtLab');
});
