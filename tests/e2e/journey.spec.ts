import { expect, test } from '@playwright/test';
import { dragFromPalette, expectNodeCount, nodeOfKind } from './helpers';

test('build host > hypervisor > VM by mouse, save, reload and see it again', async ({ page }, testInfo) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(page.getByTestId('status-bar')).toContainText('0 hosts');

  await dragFromPalette(page, 'host', canvas, { x: 0.35, y: 0.35 });
  await expectNodeCount(page, 'host', 1);

  // Drop the hypervisor inside the host: it nests.
  await dragFromPalette(page, 'hv-kvm', nodeOfKind(page, 'host'), { x: 0.4, y: 0.6 });
  await expectNodeCount(page, 'hypervisor', 1);

  // Drop the VM inside the hypervisor: it nests in the hypervisor in the host.
  await dragFromPalette(page, 'vm', nodeOfKind(page, 'hypervisor'), { x: 0.4, y: 0.7 });
  await expectNodeCount(page, 'vm', 1);
  await expect(page.getByTestId('status-bar')).toContainText('1 hosts');
  await expect(page.getByTestId('status-bar')).toContainText('1 VMs');

  // The VM sits inside the hypervisor, which sits inside the host (nested DOM boxes on screen).
  const hostBox = (await nodeOfKind(page, 'host').boundingBox())!;
  const hvBox = (await nodeOfKind(page, 'hypervisor').boundingBox())!;
  const vmBox = (await nodeOfKind(page, 'vm').boundingBox())!;
  expect(hvBox.x).toBeGreaterThan(hostBox.x);
  expect(hvBox.y + hvBox.height).toBeLessThanOrEqual(hostBox.y + hostBox.height + 1);
  expect(vmBox.x).toBeGreaterThan(hvBox.x);
  expect(vmBox.y + vmBox.height).toBeLessThanOrEqual(hvBox.y + hvBox.height + 1);

  // Save with the keyboard; name it in the dialog.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+s');
  const name = page.getByRole('dialog', { name: 'Save project' }).getByLabel('Project name');
  await name.fill('Journey lab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('document-name')).toHaveText('Journey lab');
  await page.screenshot({ path: testInfo.outputPath('built-and-saved.png') });

  // Reload: the canvas starts empty; open the saved project again.
  await page.reload();
  await expect(page.getByTestId('status-bar')).toContainText('0 hosts');
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Open/ }).click();
  await page.getByRole('dialog', { name: 'Open project' }).getByRole('button', { name: /Journey lab/ }).click();

  await expectNodeCount(page, 'host', 1);
  await expectNodeCount(page, 'hypervisor', 1);
  await expectNodeCount(page, 'vm', 1);
  const vmAgain = (await nodeOfKind(page, 'vm').boundingBox())!;
  const hvAgain = (await nodeOfKind(page, 'hypervisor').boundingBox())!;
  expect(vmAgain.x).toBeGreaterThan(hvAgain.x);
  await testInfo.attach('reopened', { body: await page.screenshot(), contentType: 'image/png' });
});
