import { expect, test, type Page, type TestInfo } from '@playwright/test';

const menu = (page: Page, name: string) => page.getByRole('menubar', { name: 'Main menu' }).getByRole('menuitem', { name, exact: true });
const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Project settings' });

/** A screenshot kept in the test's output folder and attached to the report. */
async function keep(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Opens Project Settings from the command palette (Ctrl+K), as the Edit menu does. */
async function openFromPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('project settings');
  await expect(palette.getByRole('option').first()).toContainText('Project Settings');
  await page.keyboard.press('Enter');
  await expect(settingsDialog(page)).toBeVisible();
}

test('lowering the vCPU ratio in Project Settings raises a capacity finding; undo takes it away', async ({ page }, testInfo) => {
  await page.goto('/');
  await menu(page, 'File').click();
  await page.getByRole('menuitem', { name: 'New from Template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).locator('.vl-choice').filter({ hasText: 'Xen lab' }).click();
  await expect(page.locator('.vl-node[data-kind="host"]')).not.toHaveCount(0);
  const status = page.getByTestId('status-bar');
  await expect(status).toContainText(/(^|\D)0 errors/);
  await expect(status).toContainText(/(^|\D)0 warnings/);
  const vcpuFindings = page.getByTestId('diagnostics').locator('[data-testid="finding"][data-rule="host-vcpu-capacity"]');

  // Edit › Project Settings…
  await menu(page, 'Edit').click();
  await page.getByRole('menuitem', { name: 'Project Settings…' }).click();
  const dialog = settingsDialog(page);
  const ratio = dialog.getByLabel('vCPU : pCPU ratio');
  await expect(ratio).toHaveValue('4');
  await expect(dialog.getByTestId('setting-vcpuRatio')).toContainText('Used by host-vcpu-capacity');

  // A bad value is refused inline and nothing is sent.
  await ratio.fill('0');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Must be at least 0.1.');
  await expect(ratio).toBeFocused();

  // The hypervisors' own policies apply until the project-wide ratio is chosen for every host.
  await dialog.getByLabel(/Use each hypervisor’s own ratios/).uncheck();
  await keep(page, testInfo, 'settings-dialog');

  // Lower the ratio, one Apply (one command) at a time, until the capacity rule speaks.
  let applied = '';
  for (const value of ['2', '1', '0.5', '0.2', '0.1']) {
    await ratio.fill(value);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByRole('status')).toContainText('Applied');
    await expect(ratio).toHaveValue(value);
    applied = value;
    if (/[1-9]\d* warning/.test((await dialog.getByTestId('settings-findings').textContent()) ?? '')) break;
  }
  expect(applied).not.toBe('');
  await expect(dialog.getByTestId('settings-findings')).toContainText('from rules these settings steer');
  await keep(page, testInfo, `vcpu-ratio-${applied}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // The status bar and Diagnostics show it, with the project setting among its assumptions.
  await expect(status).toContainText(/[1-9]\d* warnings/);
  await status.locator('.vl-status-findings').click();
  await expect(vcpuFindings).toHaveCount(1);
  await expect(vcpuFindings.first()).toContainText(`× ${applied})`);
  await keep(page, testInfo, 'capacity-finding');

  // Undo the last Apply: the finding goes, and the dialog shows the ratio before it.
  await page.keyboard.press('Control+z');
  await expect(vcpuFindings).toHaveCount(0);
  await expect(status).toContainText(/(^|\D)0 warnings/);
  await openFromPalette(page);
  await expect(settingsDialog(page).getByLabel('vCPU : pCPU ratio')).not.toHaveValue(applied);
  await expect(settingsDialog(page).getByLabel(/Use each hypervisor’s own ratios/)).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(settingsDialog(page)).toHaveCount(0);
});
