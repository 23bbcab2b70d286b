import { expect, test, type Page } from '@playwright/test';
import { dragFromPalette, expectNodeCount, nodeOfKind } from './helpers';
import { addByKeyboard, buildHostStack, centerOf, connectByDrag, selectNode, shot } from './editorHelpers';

const menu = (page: Page, name: string) => page.getByRole('menubar', { name: 'Main menu' }).getByRole('menuitem', { name, exact: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('status-bar')).toContainText('0 hosts');
});

test('menu bar: View and Edit actions, the native menu\'s accelerators, the shortcuts help from the same model', async ({ page }, testInfo) => {
  // View › Toggle Minimap (a checkable item), then Ctrl+Shift+M, the accelerator the desktop menu registers.
  const minimap = page.locator('.vl-minimap');
  const shown = await minimap.count();
  await menu(page, 'View').click();
  const toggle = page.getByRole('menuitemcheckbox', { name: /Toggle Minimap/ });
  await expect(toggle).toHaveAttribute('aria-checked', shown ? 'true' : 'false');
  await expect(toggle).toContainText('Ctrl+Shift+M');
  await expect(page.getByRole('menuitem', { name: /Command Palette/ })).toBeVisible();
  await toggle.click();
  await expect(minimap).toHaveCount(shown ? 0 : 1);
  await page.keyboard.press('Control+Shift+M');
  await expect(minimap).toHaveCount(shown);

  // View › Align and Distribute is a submenu.
  await menu(page, 'View').click();
  await page.getByRole('menuitem', { name: /Align and Distribute/ }).hover();
  await expect(page.getByRole('menu', { name: 'Align and Distribute' }).getByRole('menuitem', { name: /Align Vertical Middles/ })).toContainText('Alt+M');
  await shot(page, testInfo, 'view-menu');
  await page.keyboard.press('Escape');

  // Edit › Duplicate copies the selected host.
  await addByKeyboard(page, 'host');
  await expectNodeCount(page, 'host', 1);
  await selectNode(page, nodeOfKind(page, 'host'));
  await menu(page, 'Edit').click();
  await page.getByRole('menuitem', { name: /Duplicate/ }).click();
  await expectNodeCount(page, 'host', 2);

  // Help › Keyboard Shortcuts lists the same keys, menu by menu.
  await menu(page, 'Help').click();
  await page.getByRole('menuitem', { name: /Keyboard Shortcuts/ }).click();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.locator('section', { hasText: 'View' }).first()).toContainText('Ctrl+Shift+M');
  await expect(help).toContainText('Ctrl+0 or Shift+1');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('an open menu closes when a node on the canvas is clicked, and on Escape wherever the focus is', async ({ page }) => {
  await addByKeyboard(page, 'host');
  await expectNodeCount(page, 'host', 1);
  const viewMenu = page.getByRole('menu', { name: 'View' });
  await menu(page, 'View').click();
  await expect(viewMenu).toBeVisible();
  // React Flow's node drag stops the mousedown from reaching the window: the menu must close anyway.
  await selectNode(page, nodeOfKind(page, 'host'));
  await expect(viewMenu).toBeHidden();
  // With a submenu hovered, focus is still on the menu bar's button, not in the list.
  await menu(page, 'View').click();
  await page.getByRole('menuitem', { name: /Align and Distribute/ }).hover();
  await page.keyboard.press('Escape');
  await expect(viewMenu).toBeHidden();
  await menu(page, 'Edit').click();
  await expect(page.getByRole('menu', { name: 'Edit' })).toBeVisible();
});

test('a VM\'s context menu checks a migration: the engine\'s pre-flight by category, then the Migration lab pre-filled', async ({ page }, testInfo) => {
  await menu(page, 'File').click();
  await page.getByRole('menuitem', { name: 'New from Template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).locator('.vl-choice').filter({ hasText: 'VMware vSphere cluster' }).click();
  await expectNodeCount(page, 'host', 3);

  const web01 = page.locator('.vl-node[data-kind="vm"]', { hasText: 'web-01' });
  await web01.click({ button: 'right', position: { x: 30, y: 12 } });
  await page.getByRole('menuitem', { name: 'Check migration to…' }).click();
  const choose = page.getByRole('dialog', { name: /Check migration of “web-01” to/ });
  await expect(choose.locator('.vl-choice')).toHaveCount(2);
  await choose.locator('.vl-choice').filter({ hasText: 'esx-02' }).click();

  const check = page.getByRole('dialog', { name: 'Migration pre-flight' });
  await expect(check.getByTestId('preflight-verdict')).toContainText('esx-02');
  for (const category of ['hypervisor', 'cpu', 'storage', 'network', 'capacity']) await expect(check.getByTestId(`preflight-${category}`)).toBeVisible();
  await expect(check).toContainText('vMotion');
  await shot(page, testInfo, 'preflight-dialog');

  await check.getByRole('button', { name: 'Open in Migration Lab' }).click();
  await expect(check).toHaveCount(0);
  const panel = page.getByTestId('simulation-panel');
  await expect(panel.getByRole('tab', { name: 'Migration lab' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('mig-vm').locator('option:checked')).toHaveText(/web-01/);
  await expect(panel.getByTestId('mig-destination').locator('option:checked')).toHaveText(/esx-02/);
});

test('a connection\'s end dragged to another VLAN moves it in one undo step; a wrong element is refused at the cursor', async ({ page }, testInfo) => {
  await buildHostStack(page);
  await dragFromPalette(page, 'vlan', page.getByTestId('canvas'), { x: 0.8, y: 0.2 });
  await dragFromPalette(page, 'vlan', page.getByTestId('canvas'), { x: 0.8, y: 0.75 });
  await expectNodeCount(page, 'vlan', 2);
  const [first, second] = [nodeOfKind(page, 'vlan', 0), nodeOfKind(page, 'vlan', 1)];
  const idOf = async (n: typeof first) => (await n.getAttribute('data-testid'))!.replace(/^node-/, '');
  const [firstId, secondId] = [await idOf(first), await idOf(second)];
  const firstName = (await first.locator('.vl-node-name').textContent())!.trim();
  const secondName = (await second.locator('.vl-node-name').textContent())!.trim();
  const edge = page.locator('.react-flow__edge');

  await connectByDrag(page, nodeOfKind(page, 'vm'), await centerOf(first));
  const announcer = page.getByTestId('selection-announcer');
  await expect(announcer).toContainText(`attached to ${firstName}`);

  // Drag the selected connection's VLAN end onto the other VLAN.
  const grip = async () => centerOf(page.getByTestId('edge-grip-target'));
  const dragEnd = async (to: { x: number; y: number }) => {
    const from = await grip();
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();
  };
  await dragEnd(await centerOf(second));
  await expect(announcer).toContainText(`attached to ${secondName}`);
  await expect(edge).toHaveCount(1);
  await expect(edge).toHaveAttribute('aria-label', new RegExp(`to ${secondId}$`));
  await shot(page, testInfo, 'reconnected');

  // A VM's network attachment cannot end on a physical host: refused, explained at the cursor, nothing changes.
  const host = await nodeOfKind(page, 'host').boundingBox();
  await dragEnd({ x: host!.x + 20, y: host!.y + 8 });
  await expect(page.locator('.vl-cursor-notice').last()).toContainText('cannot join');
  await expect(edge).toHaveAttribute('aria-label', new RegExp(`to ${secondId}$`));
  await shot(page, testInfo, 'refused-reconnection');

  // One undo puts the end back where it was.
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(edge).toHaveCount(1);
  await expect(edge).toHaveAttribute('aria-label', new RegExp(`to ${firstId}$`));
});
