import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { dragFromPalette, expectNodeCount, nodeOfKind } from './helpers';

/** Two hosts, each with a KVM hypervisor, and a VM on the first: built with the mouse from the palette. */
async function buildTwoHosts(page: Page): Promise<void> {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(page.getByTestId('status-bar')).toContainText('0 hosts');
  await dragFromPalette(page, 'host', canvas, { x: 0.5, y: 0.5 });
  await expectNodeCount(page, 'host', 1);
  await dragFromPalette(page, 'host', canvas, { x: 0.02, y: 0.7 });
  await expectNodeCount(page, 'host', 2);
  await dragFromPalette(page, 'hv-kvm', nodeOfKind(page, 'host', 0), { x: 0.3, y: 0.5 });
  await dragFromPalette(page, 'hv-kvm', nodeOfKind(page, 'host', 1), { x: 0.3, y: 0.5 });
  await expectNodeCount(page, 'hypervisor', 2);
  await dragFromPalette(page, 'vm', nodeOfKind(page, 'hypervisor', 0), { x: 0.3, y: 0.6 });
  await expectNodeCount(page, 'vm', 1);
}

/** A screenshot kept in the test's output folder and attached to the report. */
async function keep(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The playhead's simulated time, in seconds ("m:ss.s / m:ss.s"). */
async function playhead(page: Page): Promise<number> {
  const text = (await page.getByTestId('playhead').textContent()) ?? '';
  const [m, s] = text.split('/')[0]!.trim().split(':');
  return Number(m) * 60 + Number(s);
}

test('live migration from the UI: pre-flight, rounds, chart, playback on the canvas, apply to the design', async ({ page }, testInfo) => {
  await buildTwoHosts(page);
  const vm = nodeOfKind(page, 'vm');
  const [hvA, hvB] = [nodeOfKind(page, 'hypervisor', 0), nodeOfKind(page, 'hypervisor', 1)];
  const vmId = (await vm.getAttribute('data-testid'))!.replace('node-', '');

  // F5 (Simulation › Run) opens the panel with the focus on its first tab.
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('F5');
  const panel = page.getByTestId('simulation-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('tab', { name: 'Migration lab' })).toBeFocused();

  // The VM and the other host are chosen; its workload comes from the VM.
  await expect(page.getByTestId('mig-vm')).toHaveValue(vmId);
  await expect(page.getByTestId('mig-destination').locator('option:checked')).not.toHaveText(/Choose/);
  await expect(page.getByTestId('mig-dirtyRateMiBs')).not.toHaveValue('');
  await page.getByTestId('mig-policy').selectOption('threshold');
  // F5 in a field of the panel runs it (and does not reload the page).
  await page.getByTestId('mig-thresholdMiB').focus();
  await page.keyboard.press('F5');

  // Pre-flight first, then the engine's figures, the stop reason in words, the chart and the table.
  await expect(page.getByTestId('preflight')).toContainText('Pre-flight passed');
  const figures = page.getByTestId('migration-figures');
  await expect(figures).toBeVisible();
  const rounds = Number(await page.getByTestId('figure-rounds').textContent());
  expect(rounds).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('figure-downtime')).toContainText(/ms|s/);
  await expect(page.getByTestId('figure-converged')).toHaveText('Yes');
  await expect(page.getByTestId('stop-reason')).toContainText('threshold');
  const table = page.getByTestId('rounds-table');
  await expect(table.locator('thead')).toContainText('dirty-sync-count');
  await expect(table.locator('thead')).toContainText('expected-downtime');
  // One row per live round plus the stop-and-copy.
  await expect(table.locator('tbody tr')).toHaveCount(rounds + 1);
  await expect(table.locator('tbody tr').last()).toContainText('Stop-and-copy');
  await expect(page.getByTestId('rounds-chart').locator('.recharts-bar-rectangle')).toHaveCount(rounds + 1);

  // The copy travels on the canvas: a token between the hosts, a ghost in the destination.
  await expect(page.getByTestId('sim-hud')).toContainText('Round 1');
  await expect(page.getByTestId('sim-token')).toBeVisible();
  await expect(page.getByTestId(`ghost-${vmId}`)).toBeVisible();
  await keep(page, testInfo, 'migration-result');

  // Play at 8x: the playhead moves; pause: it stays.
  await page.getByLabel('Playback speed').selectOption('8');
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => playhead(page)).toBeGreaterThan(1);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Play');
  const paused = await playhead(page);
  await page.waitForTimeout(300);
  expect(await playhead(page)).toBe(paused);

  // Step: back to the start, then event by event to the first round's end and on.
  await page.getByTestId('seek').fill('0');
  await page.getByTestId('step-forward').click();
  const firstStop = await playhead(page);
  expect(firstStop).toBeGreaterThan(0);
  await expect(table.locator('tbody tr.is-current')).toHaveCount(1);
  await page.getByTestId('step-forward').click();
  expect(await playhead(page)).toBeGreaterThan(firstStop);
  await page.getByTestId('step-back').click();
  expect(await playhead(page)).toBe(firstStop);

  // The stop-and-copy: the guest is paused on the canvas.
  await table.locator('tbody tr').last().getByRole('button').click();
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('live-readout')).toContainText('guest paused');
  await expect(page.getByTestId(`source-${vmId}`)).toContainText('paused');
  await keep(page, testInfo, 'switchover');

  // The end: the VM runs on the destination (in the animation only; the design is untouched).
  await page.keyboard.press('End');
  await expect(page.getByTestId('sim-hud')).toContainText('Migration complete');
  await expect(page.getByTestId(`source-${vmId}`)).toContainText('moved');
  const inA = async () => {
    const v = (await vm.boundingBox())!;
    const a = (await hvA.boundingBox())!;
    return v.x >= a.x && v.x + v.width <= a.x + a.width + 1 && v.y >= a.y && v.y + v.height <= a.y + a.height + 1;
  };
  expect(await inA()).toBe(true);

  // Apply: one engine command nests the VM into the destination hypervisor.
  await page.getByTestId('apply-result').click();
  await expect(page.getByTestId('applied-note')).toContainText('Applied');
  await expect(page.getByTestId('sim-overlay')).toHaveCount(0);
  await expect.poll(async () => {
    const v = (await vm.boundingBox())!;
    const b = (await hvB.boundingBox())!;
    return v.x >= b.x && v.x + v.width <= b.x + b.width + 1 && v.y >= b.y && v.y + v.height <= b.y + b.height + 1;
  }).toBe(true);
  await keep(page, testInfo, 'applied');

  // Undo puts it back: the simulation's change is an ordinary, undoable design step.
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  await expect.poll(inA).toBe(true);
});

test('a pre-flight error refuses the migration with its reasons', async ({ page }, testInfo) => {
  await buildTwoHosts(page);
  // Switch the destination host off: the pre-flight refuses it.
  await nodeOfKind(page, 'host', 1).click({ position: { x: 40, y: 14 } });
  const power = page.getByTestId('inspector-node').getByLabel('Power', { exact: true });
  await power.selectOption('off');
  await page.getByTestId('simulation-button').click();
  await page.getByTestId('run-migration').click();
  await expect(page.getByTestId('preflight')).toContainText('Refused');
  await expect(page.getByTestId('preflight')).toContainText('powered off');
  await expect(page.getByTestId('migration-figures')).toHaveCount(0);
  await keep(page, testInfo, 'refused');
});

test('quick scenario: the VM\'s host fails, shown red on the canvas, and the VM\'s fate is explained', async ({ page }, testInfo) => {
  await buildTwoHosts(page);
  const vm = nodeOfKind(page, 'vm');
  await vm.click({ position: { x: 40, y: 14 } });
  await page.getByTestId('simulation-button').click();
  const panel = page.getByTestId('simulation-panel');
  await panel.getByRole('tab', { name: 'Scenario' }).click();
  // The design has no saved scenarios: a quick one, started from the selection (fail the VM's host).
  await expect(panel.getByRole('radio', { name: /Quick scenario/ })).toBeChecked();
  await panel.getByRole('button', { name: '+ From selection' }).click();
  await panel.getByRole('button', { name: 'Remove action 1' }).click();
  await panel.getByLabel('Action 1 time (s)').fill('5');
  const hostId = await panel.getByLabel('Action 1 host').inputValue();
  expect(hostId).not.toBe('');
  await page.getByTestId('run-scenario').click();

  await expect(page.getByTestId('event-list')).toContainText('FAILED');
  await expect(page.getByTestId('vm-outcomes')).toContainText('not in a cluster');
  // Before the failure the host is fine; at the end it is drawn failed.
  await page.getByTestId('seek').fill('1');
  await expect(page.getByTestId(`failed-${hostId}`)).toHaveCount(0);
  await page.getByTestId('seek').fill('100000');
  await expect(page.getByTestId(`failed-${hostId}`)).toBeVisible();
  await expect(page.getByTestId('sim-hud')).toContainText('Failed');
  await keep(page, testInfo, 'host-failed');
});

test('the vSphere template\'s host-failure scenario: HA restarts db-01 by priority, the failed host is red', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'New from Template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).locator('.vl-choice').filter({ hasText: 'VMware vSphere cluster' }).click();
  await expect(page.locator('.vl-node[data-kind="host"]')).toHaveCount(3);
  await page.keyboard.press('F5');
  const panel = page.getByTestId('simulation-panel');
  await panel.getByRole('tab', { name: 'Scenario' }).click();
  await expect(panel.getByRole('radio', { name: /Design's scenarios \(2\)/ })).toBeChecked();
  // The second of the template's scenarios (options are in the design's order).
  const which = panel.getByTestId('scenario-choice');
  await which.selectOption('1');
  await expect(which.locator('option:checked')).toContainText('esx-03 fails');
  await page.getByTestId('run-scenario').click();
  const outcomes = page.getByTestId('vm-outcomes');
  await expect(outcomes.locator('tr', { hasText: 'db-01' })).toContainText('Restarted by HA');
  await expect(outcomes.locator('tr', { hasText: 'db-01' })).toContainText('high');
  await expect(page.getByTestId('event-list')).toContainText('HA admission control');
  await page.getByTestId('seek').fill('100000');
  await expect(page.locator('[data-testid^="failed-"]')).toHaveCount(1);
  await expect(page.locator('.vl-sim-ghost.is-ha')).toContainText('db-01');
  await expect(page.locator('.vl-sim-vm-shade.is-moved')).toContainText('moved → esx-02');
  await keep(page, testInfo, 'ha-restart');
});
