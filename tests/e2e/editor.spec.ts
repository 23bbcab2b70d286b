import { expect, test } from '@playwright/test';
import { dragFromPalette, expectNodeCount, nodeOfKind } from './helpers';
import { addByKeyboard, buildHostStack, centerOf, connectByDrag, dragNodeTo, expectInside, selectNode, shot } from './editorHelpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('status-bar')).toContainText('0 hosts');
});

test('palette: search, tooltips, keyboard add into the selection; nesting by drag with refusals explained', async ({ page }, testInfo) => {
  // Search narrows the palette; every item explains itself.
  await page.getByLabel('Search the palette').fill('xen');
  await expect(page.getByTestId('palette-host')).toHaveCount(0);
  await expect(page.getByTestId('palette-dom0')).toBeVisible();
  await expect(page.getByTestId('palette-domu-pv')).toBeVisible();
  await page.getByTestId('palette-hv-xen').hover();
  await expect(page.getByRole('tooltip').filter({ visible: true })).toContainText('para-virtualization');
  await page.getByLabel('Search the palette').fill('');

  // Keyboard only: Enter adds; with a container selected, the next item nests in it.
  await buildHostStack(page);
  await expectInside(nodeOfKind(page, 'hypervisor'), nodeOfKind(page, 'host'));
  await expectInside(nodeOfKind(page, 'vm'), nodeOfKind(page, 'hypervisor'));

  // A Dom0 dropped on a host is refused by the engine, with the reason next to the cursor.
  await dragFromPalette(page, 'dom0', nodeOfKind(page, 'host'), { x: 0.85, y: 0.05 });
  const refusal = page.locator('.vl-cursor-notice');
  await expect(refusal).toContainText('cannot run on a physical host');
  await expectNodeCount(page, 'dom0', 0);
  await shot(page, testInfo, 'refused-nesting');

  // Drag the VM out onto the empty canvas: it un-nests; drag it back onto the hypervisor: it nests.
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await dragNodeTo(page, nodeOfKind(page, 'vm'), { x: canvas.x + 160, y: canvas.y + canvas.height - 170 });
  await expect(page.getByTestId('selection-announcer')).not.toContainText('runs on');
  const hv = (await nodeOfKind(page, 'hypervisor').boundingBox())!;
  await dragNodeTo(page, nodeOfKind(page, 'vm'), { x: hv.x + 60, y: hv.y + hv.height - 30 });
  await expect(page.getByTestId('inspector-node')).toContainText('Runs on KVM');
  await expectInside(nodeOfKind(page, 'vm'), nodeOfKind(page, 'hypervisor'));

  // An existing element dragged where it may not run is refused and snaps back.
  await addByKeyboard(page, 'container');
  await expectNodeCount(page, 'container', 1);
  const host = (await nodeOfKind(page, 'host').boundingBox())!;
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await dragNodeTo(page, nodeOfKind(page, 'container'), { x: host.x + host.width - 60, y: host.y + 20 });
  await expect(page.locator('.vl-cursor-notice').last()).toContainText('A container cannot run on a physical host');
});

test('typed connections: a vNIC to a VLAN with its IP; a refused connection says why; legend', async ({ page }, testInfo) => {
  await buildHostStack(page);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await dragFromPalette(page, 'vlan', page.getByTestId('canvas'), { x: 0.85, y: 0.2 });
  await expectNodeCount(page, 'vlan', 1);

  // VM -> VLAN: the engine picks "attached to"; the new connection is selected for its properties.
  await connectByDrag(page, nodeOfKind(page, 'vm'), await centerOf(nodeOfKind(page, 'vlan')));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const edgeForm = page.getByTestId('inspector-edge');
  await expect(edgeForm).toContainText('VLAN membership (vNIC)');

  // Bad IP: inline error, nothing sent. Good IP: shown on the edge.
  const ip = edgeForm.getByLabel('IP address');
  await ip.fill('10.0.10.300');
  await ip.press('Enter');
  await expect(edgeForm.getByRole('alert')).toContainText('not an IPv4 address');
  await ip.fill('10.0.10.21');
  await ip.press('Enter');
  await expect(page.locator('.vl-edge-label')).toContainText('10.0.10.21');

  // VM -> host is not a relation: the reason appears next to the pointer.
  const host = (await nodeOfKind(page, 'host').boundingBox())!;
  await connectByDrag(page, nodeOfKind(page, 'vm'), { x: host.x + host.width - 40, y: host.y + 16 });
  await expect(page.locator('.vl-cursor-notice')).toContainText('A VM cannot connect to a physical host');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // The legend explains each edge style.
  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Legend' }).click();
  await expect(page.locator('.vl-legend')).toContainText('VLAN membership (vNIC)');
  await expect(page.locator('.vl-legend')).toContainText('Uplink');
  await page.getByRole('menuitem', { name: 'View' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Legend' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'View' }).click();
  void canvas;
  await shot(page, testInfo, 'typed-connection');
});

test('inspector: units, invalid values refused inline, family applies its defaults; live finding fixed from Diagnostics', async ({ page }, testInfo) => {
  await buildHostStack(page);
  const vm = nodeOfKind(page, 'vm');
  await selectNode(page, vm);
  const form = page.getByTestId('inspector-node');
  const ram = form.getByLabel('RAM', { exact: true });
  await ram.fill('8 GiB');
  await ram.press('Enter');
  await expect(vm).toContainText('8 GiB');
  await expect(ram).toHaveValue('8192');
  await ram.fill('-1');
  await ram.press('Tab');
  await expect(form.getByRole('alert')).toHaveText('Must be at least 1 MiB.');
  await expect(vm).toContainText('8 GiB');
  await shot(page, testInfo, 'inspector-invalid');

  // Choosing Xen brings its defaults; Xen without a Dom0 is an error the engine reports live.
  await selectNode(page, nodeOfKind(page, 'hypervisor'));
  await page.getByTestId('inspector-node').getByLabel('Family').selectOption('xen');
  await expect(nodeOfKind(page, 'hypervisor')).toContainText('Xen · Type 1');
  await expect(nodeOfKind(page, 'hypervisor').getByTestId('badge-error')).toBeVisible();
  await page.getByTestId('status-bar').getByRole('button').click();
  const diagnostics = page.getByTestId('diagnostics');
  const finding = diagnostics.locator('[data-rule="xen-requires-dom0"]');
  await expect(finding).toContainText('has no Dom0');
  await finding.getByRole('button', { name: 'Why?' }).click();
  await expect(finding).toContainText('Dom0 (domain zero) is the first domain');
  await shot(page, testInfo, 'diagnostics');

  // Clicking the message focuses the element; the quick-fix clears the finding in one undo step.
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await finding.locator('.vl-finding-message').click();
  await expect(page.getByTestId('inspector-node')).toContainText('hypervisor ·');
  await finding.getByRole('button', { name: /Add a Dom0/ }).click();
  await expectNodeCount(page, 'dom0', 1);
  await expect(diagnostics.locator('[data-rule="xen-requires-dom0"]')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expectNodeCount(page, 'dom0', 0);
  await expect(diagnostics.locator('[data-rule="xen-requires-dom0"]')).toHaveCount(1);
});

test('copy, paste, duplicate, delete with cascade confirmation, undo and redo, marquee', async ({ page }, testInfo) => {
  await buildHostStack(page);
  const status = page.getByTestId('status-bar');
  await selectNode(page, nodeOfKind(page, 'host'));
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(status).toContainText('2 hosts');
  await expect(status).toContainText('2 VMs');
  await expect(page.locator('.vl-node-name', { hasText: 'Host (copy)' })).toHaveCount(1);
  // Zoom to fit (Shift+1): the copy sits beside the original, not on top of it.
  await page.keyboard.press('Shift+Digit1');
  const original = (await nodeOfKind(page, 'host', 0).boundingBox())!;
  const copy = (await nodeOfKind(page, 'host', 1).boundingBox())!;
  expect(copy.x).toBeGreaterThanOrEqual(original.x + original.width);

  await selectNode(page, nodeOfKind(page, 'vm'));
  await page.keyboard.press('Control+d');
  await expect(status).toContainText('3 VMs');
  // The engine's duplicate: the copy runs on the same hypervisor, below the original, and is selected.
  const dup = page.locator('.vl-node', { has: page.locator('.vl-node-name', { hasText: 'VM (copy)' }) });
  await expect(dup).toHaveClass(/is-selected/);
  await expectInside(dup, nodeOfKind(page, 'hypervisor', 0));
  expect((await dup.boundingBox())!.y).toBeGreaterThan((await nodeOfKind(page, 'vm', 0).boundingBox())!.y + 20);

  // Delete the pasted host: it holds a hypervisor and a VM, so the cascade is confirmed first.
  await selectNode(page, page.locator('.vl-node', { has: page.locator('.vl-node-name', { hasText: 'Host (copy)' }) }));
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete with everything on it?' });
  await expect(dialog).toContainText('Removing Host (copy) also removes: KVM and VM.');
  await shot(page, testInfo, 'cascade-confirm');
  await dialog.getByRole('button', { name: 'Delete all' }).click();
  await expect(status).toContainText('1 hosts');
  await expect(status).toContainText('2 VMs');

  await page.keyboard.press('Control+z');
  await expect(status).toContainText('2 hosts');
  await page.keyboard.press('Control+Shift+z');
  await expect(status).toContainText('1 hosts');

  // A lone element goes without a question.
  await addByKeyboard(page, 'vlan');
  await expectNodeCount(page, 'vlan', 1);
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Delete');
  await expectNodeCount(page, 'vlan', 0);

  // Marquee: drag across empty canvas around the host to select it and what it holds.
  const host = (await nodeOfKind(page, 'host').boundingBox())!;
  await page.mouse.move(host.x - 20, host.y - 20);
  await page.mouse.down();
  await page.mouse.move(host.x + host.width + 20, host.y + host.height + 20, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByTestId('inspector-multi')).toContainText('selected');
});

test('command palette, search by IP, auto-layout, context menu rename, shortcuts help, keyboard navigation, dark theme', async ({ page }, testInfo) => {
  await buildHostStack(page);
  // Command palette: fuzzy "add vl" adds a VLAN at the viewport centre.
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('add vlan');
  await expect(palette.getByRole('option').first()).toContainText('Add VLAN');
  await page.keyboard.press('Enter');
  await expectNodeCount(page, 'vlan', 1);

  // Auto-layout through the command palette; the VLAN no longer overlaps the host; undoable.
  await page.keyboard.press('Control+k');
  await palette.getByRole('combobox').fill('auto lay');
  await page.keyboard.press('Enter');
  await expect(page.locator('.vl-notice')).toContainText('Laid out automatically');
  const host = (await nodeOfKind(page, 'host').boundingBox())!;
  const vlan = (await nodeOfKind(page, 'vlan').boundingBox())!;
  const apart = vlan.x >= host.x + host.width || vlan.x + vlan.width <= host.x || vlan.y >= host.y + host.height || vlan.y + vlan.height <= host.y;
  expect(apart).toBe(true);
  await expectInside(nodeOfKind(page, 'vm'), nodeOfKind(page, 'hypervisor'));
  await shot(page, testInfo, 'auto-layout');

  // Connect VM to VLAN with an IP through the context menu, then find it by that IP.
  await nodeOfKind(page, 'vm').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Connect to…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /VLAN/ }).click();
  await page.getByTestId('inspector-edge').getByLabel('IP address').fill('10.0.10.42');
  await page.getByTestId('inspector-edge').getByLabel('IP address').press('Enter');
  await expect(page.locator('.vl-edge-label')).toContainText('10.0.10.42');
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await page.getByRole('search').getByLabel('Find element').fill('10.0.10.42');
  await expect(page.getByRole('search').getByRole('option').first()).toContainText('vNIC 10.0.10.42');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector-node')).toContainText('VM · vm-');

  // Rename from the context menu.
  await nodeOfKind(page, 'vm').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  await page.getByRole('dialog', { name: 'Rename VM' }).getByLabel('Name').fill('web-1');
  await page.keyboard.press('Enter');
  await expect(nodeOfKind(page, 'vm')).toContainText('web-1');

  // Keyboard: Tab walks elements in reading order; Shift+arrow nudges (undoable).
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('selection-announcer')).toHaveText('VLAN, VLAN.');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('selection-announcer')).toHaveText('Host, physical host.');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('selection-announcer')).toHaveText('KVM, hypervisor, runs on Host.');
  // Measured against its host, so a viewport pan cannot fool the check.
  const offsetInHost = async () => (await nodeOfKind(page, 'hypervisor').boundingBox())!.x - (await nodeOfKind(page, 'host').boundingBox())!.x;
  const before = await offsetInHost();
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(offsetInHost).toBeGreaterThan(before + 4);
  await page.keyboard.press('Control+z');
  await expect.poll(offsetInHost).toBeCloseTo(before, 0);

  // Shortcuts help.
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Duplicate');
  await expect(help).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // Dark theme.
  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Toggle dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await selectNode(page, nodeOfKind(page, 'host'));
  await shot(page, testInfo, 'dark-theme');
});
