// Issue 5 item 9: the Xen lab built from an empty canvas with the mouse and the keyboard only; a
// violation fixed; undo and redo; save and reopen; the work recovered after a crash.
import { expect, test, type Page } from '@playwright/test';
import { addByKeyboard, centerOf, connectByDrag, selectNode, shot } from './editorHelpers';
import { expectNodeCount, nodeOfKind } from './helpers';

const edges = (page: Page) => page.locator('.react-flow__edge');
const finding = (page: Page, rule: string) => page.getByTestId('diagnostics').locator(`[data-rule="${rule}"]`);

/** Zoom to Fit with the keyboard, so every element is on screen for the next gesture. */
async function fit(page: Page): Promise<void> {
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Control+0');
  await page.waitForTimeout(400);
}

/** Connects two elements by dragging from the source's outgoing handle onto the target. */
async function connect(page: Page, from: { kind: string; nth?: number }, to: { kind: string; nth?: number }): Promise<void> {
  const before = await edges(page).count();
  await connectByDrag(page, nodeOfKind(page, from.kind, from.nth ?? 0), await centerOf(nodeOfKind(page, to.kind, to.nth ?? 0)));
  await expect(edges(page)).toHaveCount(before + 1);
}

async function journalNodes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const counts: number[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith('virtlab:web:journal:')) counts.push(Object.keys((JSON.parse(JSON.parse(localStorage.getItem(k)!).text) as { topology: { nodes: object } }).topology.nodes).length);
    }
    return counts;
  });
}

test('Xen lab: build by mouse and keyboard, fix a violation, undo/redo, save, reopen, recover after a crash', async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const status = page.getByTestId('status-bar');
  await expect(status).toContainText('0 hosts');

  // Keyboard: each new element is selected, so the next one nests in it: host > Xen.
  await addByKeyboard(page, 'host');
  await expectNodeCount(page, 'host', 1);
  await addByKeyboard(page, 'hv-xen');
  await expectNodeCount(page, 'hypervisor', 1);
  await expect(nodeOfKind(page, 'hypervisor')).toContainText('Xen');

  // A para-virtualized DomU placed before any Dom0: the engine reports it at once.
  await addByKeyboard(page, 'domu-pv');
  await expectNodeCount(page, 'vm', 1);
  // The status bar's error count opens the Diagnostics panel.
  await status.getByRole('button').click();
  const domuFinding = finding(page, 'domu-requires-dom0');
  await expect(domuFinding).toHaveCount(1);
  await expect(domuFinding).toContainText('no Dom0');
  await expect(nodeOfKind(page, 'vm').getByTestId('badge-error')).toBeVisible();
  await shot(page, testInfo, '1-domu-before-dom0');

  // Its quick-fix adds the Dom0 to that Xen; both Xen findings clear.
  await domuFinding.getByRole('button', { name: /Add a Dom0/ }).click();
  await expectNodeCount(page, 'dom0', 1);
  await expect(finding(page, 'domu-requires-dom0')).toHaveCount(0);
  await expect(finding(page, 'xen-requires-dom0')).toHaveCount(0);

  // Undo brings the violation back; redo fixes it again.
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Control+z');
  await expectNodeCount(page, 'dom0', 0);
  await expect(finding(page, 'domu-requires-dom0')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expectNodeCount(page, 'dom0', 1);
  await expect(finding(page, 'domu-requires-dom0')).toHaveCount(0);
  await shot(page, testInfo, '2-fixed-by-quick-fix');

  // An HVM DomU next to it: select the Xen hypervisor, then add by keyboard.
  await fit(page);
  await selectNode(page, nodeOfKind(page, 'hypervisor'));
  await addByKeyboard(page, 'domu-hvm');
  await expectNodeCount(page, 'vm', 2);

  // Two VLANs and an NFS pool, added by keyboard with nothing selected: they go on the canvas itself.
  await page.getByTestId('canvas').click({ position: { x: 8, y: 8 } });
  await addByKeyboard(page, 'vlan');
  await expectNodeCount(page, 'vlan', 1);
  await page.getByTestId('canvas').click({ position: { x: 8, y: 8 } });
  await addByKeyboard(page, 'vlan');
  await expectNodeCount(page, 'vlan', 2);
  // Two VLANs with the same tag are one network to the switches: the engine says so; its quick-fix retags one.
  const sameTag = finding(page, 'vlan-id-unique');
  await expect(sameTag).toHaveCount(1);
  await sameTag.getByRole('button', { name: /free VLAN id/ }).click();
  await expect(finding(page, 'vlan-id-unique')).toHaveCount(0);
  await page.getByTestId('canvas').click({ position: { x: 8, y: 8 } });
  await addByKeyboard(page, 'pool-nas');
  await expectNodeCount(page, 'storagePool', 1);
  await expect(nodeOfKind(page, 'storagePool')).toContainText('NAS');
  // Everything was added where the keyboard put it; Auto-layout (Alt+Shift+F) tidies it and fits the view.
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Alt+Shift+F');
  await page.waitForTimeout(800);
  await shot(page, testInfo, '3-elements-placed');

  // Connections, each a drag from an outgoing handle: vNICs onto VLANs, a storage path, a disk.
  await connect(page, { kind: 'dom0' }, { kind: 'vlan', nth: 0 });
  await connect(page, { kind: 'vm', nth: 0 }, { kind: 'vlan', nth: 0 });
  await connect(page, { kind: 'vm', nth: 1 }, { kind: 'vlan', nth: 1 });
  await connect(page, { kind: 'host' }, { kind: 'storagePool' });
  await connect(page, { kind: 'vm', nth: 0 }, { kind: 'storagePool' });
  await expect(status).toContainText('1 hosts');
  await expect(status).toContainText('2 VMs');
  await expect(status).toContainText('5 connections');
  await expect(finding(page, 'domu-requires-dom0')).toHaveCount(0);
  await expect(finding(page, 'xen-requires-dom0')).toHaveCount(0);
  await expect(finding(page, 'vlan-id-unique')).toHaveCount(0);
  await shot(page, testInfo, '4-xen-lab-built');

  // Save with the keyboard.
  await page.getByTestId('canvas').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: 'Save project' }).getByLabel('Project name').fill('Xen lab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Xen lab — VirtLab');

  // Reopen after a reload: every element, nesting and connection is back.
  await page.reload();
  await expect(status).toContainText('0 hosts');
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Open project' }).getByRole('button', { name: /Xen lab/ }).click();
  await expect(page).toHaveTitle('Xen lab — VirtLab');
  await expectNodeCount(page, 'dom0', 1);
  await expectNodeCount(page, 'vm', 2);
  await expectNodeCount(page, 'vlan', 2);
  await expectNodeCount(page, 'storagePool', 1);
  await expect(edges(page)).toHaveCount(5);
  await expect(status).toContainText('5 connections');
  await shot(page, testInfo, '5-reopened');

  // More work, journaled but not saved, then the tab crashes.
  await fit(page);
  await selectNode(page, nodeOfKind(page, 'hypervisor'));
  await addByKeyboard(page, 'domu-pv');
  await expectNodeCount(page, 'vm', 3);
  await expect(page).toHaveTitle('• Xen lab — VirtLab');
  const total = await page.locator('.vl-node').count();
  await expect.poll(() => journalNodes(page), { timeout: 5000 }).toContain(total);
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  // A new tab offers the unsaved work; recovered, it is the project with its changes, unsaved.
  const next = await context.newPage();
  await next.goto('/');
  const offer = next.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(offer).toContainText('project “Xen lab”');
  await shot(next, testInfo, '6-recovery-offer');
  await offer.getByRole('button', { name: 'Recover' }).click();
  await expectNodeCount(next, 'vm', 3);
  await expectNodeCount(next, 'dom0', 1);
  await expect(next.locator('.react-flow__edge')).toHaveCount(5);
  await expect(next).toHaveTitle('• Xen lab — VirtLab');
  await shot(next, testInfo, '7-recovered');
});
