import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, expectNodeCount, nodeOfKind } from './helpers';

const file = (page: Page) => page.getByRole('menuitem', { name: 'File' });

async function saveAs(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+Shift+s');
  const dialog = page.getByRole('dialog', { name: 'Save project as' });
  await dialog.getByLabel('Project name').fill(name);
  await dialog.getByLabel('Project name').press('Enter');
}

/** Adds a host at a point of the canvas; zooms out first, since the canvas fits its first element to the view. */
async function addHost(page: Page, at = { x: 0.3, y: 0.3 }): Promise<void> {
  const before = await page.locator('.vl-node[data-kind="host"]').count();
  for (let i = 0; i < 3; i++) await page.locator('.react-flow__controls-zoomout').click();
  await dragFromPalette(page, 'host', page.getByTestId('canvas'), at);
  await expectNodeCount(page, 'host', before + 1);
}

test('Save As onto an existing name asks first; declining keeps the stored project intact', async ({ page }) => {
  await page.goto('/');
  await addHost(page);
  await saveAs(page, 'Lab A');
  await expect(page).toHaveTitle('Lab A — VirtLab');

  await page.getByTestId('canvas').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+n');
  await addHost(page, { x: 0.3, y: 0.3 });
  await addHost(page, { x: 0.85, y: 0.08 });
  await saveAs(page, 'Lab A');
  const replace = page.getByRole('dialog', { name: 'Replace project?' });
  await expect(replace).toContainText('A project named “Lab A”');
  await replace.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveTitle('• Untitled — VirtLab');

  // The library copy still holds one host.
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Don’t save' }).click();
  await page.getByRole('dialog', { name: 'Open project' }).getByRole('button', { name: /Lab A/ }).click();
  await expectNodeCount(page, 'host', 1);

  // Choosing another name from the question saves under it.
  await addHost(page, { x: 0.85, y: 0.08 });
  await saveAs(page, 'Lab A2');
  await expect(page).toHaveTitle('Lab A2 — VirtLab');
  await saveAs(page, 'Lab A');
  await page.getByRole('dialog', { name: 'Replace project?' }).getByRole('button', { name: 'Choose another name' }).click();
  const again = page.getByRole('dialog', { name: 'Save project as' }).getByLabel('Project name');
  await expect(again).toHaveValue('Lab A');
  await again.fill('Lab B');
  await again.press('Enter');
  await expect(page).toHaveTitle('Lab B — VirtLab');
});

test('Recent Projects lists the library by date and flags the last opened', async ({ page }) => {
  await page.goto('/');
  await addHost(page);
  await saveAs(page, 'Older');
  await addHost(page, { x: 0.85, y: 0.08 });
  await saveAs(page, 'Newer');
  // Open "Older" again: it becomes the most recent.
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Open project' }).getByRole('button', { name: /Older/ }).click();
  await expect(page).toHaveTitle('Older — VirtLab');
  await page.reload();

  await file(page).click();
  await page.getByRole('menuitem', { name: 'Recent Projects…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open recent' });
  const items = dialog.locator('.vl-modal-list .vl-choice');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Older');
  await expect(items.nth(0)).toContainText('Last opened');
  await expect(items.nth(1)).toContainText('Newer');
  await items.nth(1).click();
  await expect(page).toHaveTitle('Newer — VirtLab');
  await expectNodeCount(page, 'host', 2);
});

test('Download saves a .virtlab.json that Import from Disk reopens, named after the file', async ({ page, context }) => {
  await page.goto('/');
  await addHost(page);
  await dragFromPalette(page, 'hv-xen', nodeOfKind(page, 'host'), { x: 0.4, y: 0.6 });
  await expectNodeCount(page, 'hypervisor', 1);
  await saveAs(page, 'Disk lab');
  await file(page).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download .virtlab.json' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toBe('Disk lab.virtlab.json');
  const text = await readFile(await d.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ kind: 'virtlab-project' });

  const other = await context.newPage();
  await other.goto('/');
  await file(other).click();
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('menuitem', { name: 'Import from Disk…' }).click();
  await (await chooser).setFiles({ name: 'Disk lab.virtlab.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expectNodeCount(other, 'hypervisor', 1);
  // Not in this browser's library yet: the first save asks for a name, suggesting the file's.
  await other.keyboard.press('Control+s');
  await expect(other.getByRole('dialog', { name: 'Save project' }).getByLabel('Project name')).toHaveValue('Disk lab');
});

test('New asks before throwing away unsaved work', async ({ page }) => {
  await page.goto('/');
  await addHost(page);
  await file(page).click();
  await page.getByRole('menuitem', { name: /^New\s*Ctrl\+N$/ }).click();
  const ask = page.getByRole('dialog', { name: 'Unsaved changes' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expectNodeCount(page, 'host', 1);
  await page.keyboard.press('Control+n');
  await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('dialog', { name: 'Save project' }).getByLabel('Project name').fill('Kept');
  await page.keyboard.press('Enter');
  await expectNodeCount(page, 'host', 0);
  await expect(page).toHaveTitle('Untitled — VirtLab');
});

test('New from Template lists every template with its description and opens one as an untitled project', async ({ page }, testInfo) => {
  await page.goto('/');
  await file(page).click();
  await page.getByRole('menuitem', { name: 'New from Template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  const items = dialog.locator('.vl-modal-list .vl-choice');
  await expect(items).toHaveCount(7);
  for (const title of ['Xen lab', 'VMware vSphere cluster', 'Type-2 desktop lab', 'Containers on a host', 'Storage virtualization: SAN, NAS and object', 'VDI desktop pool', 'Application server virtualization']) {
    const item = items.filter({ hasText: title });
    await expect(item).toHaveCount(1);
    await expect(item.locator('.vl-choice-detail')).not.toBeEmpty();
  }
  await testInfo.attach('template-picker', { body: await page.screenshot(), contentType: 'image/png' });
  await items.filter({ hasText: 'Xen lab' }).click();
  await expect(page.locator('.vl-node[data-kind="dom0"]')).not.toHaveCount(0);
  await expect(page.locator('.vl-node[data-kind="vm"]')).not.toHaveCount(0);
  await expect(page).toHaveTitle('Untitled — VirtLab');
  // Saving suggests the template's title as the name.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('dialog', { name: 'Save project' }).getByLabel('Project name')).toHaveValue('Xen lab');
});
