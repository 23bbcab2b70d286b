import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { nodeOfKind } from './helpers';

/** Adds a palette item with the keyboard (focus it, press Enter), as a keyboard-only user does. */
export async function addByKeyboard(page: Page, itemId: string): Promise<void> {
  await page.getByTestId(`palette-${itemId}`).focus();
  await page.keyboard.press('Enter');
}

/** Clicks a node on its title bar (a click in the middle of a container would hit what it holds). */
export async function selectNode(page: Page, node: Locator, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
  await node.click({ position: { x: 40, y: 14 }, modifiers });
}

/** Drags a node by its title bar to a screen point with real mouse moves (React Flow needs several). */
export async function dragNodeTo(page: Page, node: Locator, to: { x: number; y: number }): Promise<void> {
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 14);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 30, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags from a node's outgoing handle to a point (a connection gesture). */
export async function connectByDrag(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  const handle = from.locator('.vl-handle-out');
  const h = (await handle.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x - 30, to.y - 10, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

export const centerOf = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

/** host > KVM > VM, built by keyboard: each new element is selected, so the next one nests in it. */
export async function buildHostStack(page: Page): Promise<void> {
  await addByKeyboard(page, 'host');
  await expect(nodeOfKind(page, 'host')).toHaveCount(1);
  await addByKeyboard(page, 'hv-kvm');
  await expect(nodeOfKind(page, 'hypervisor')).toHaveCount(1);
  await addByKeyboard(page, 'vm');
  await expect(nodeOfKind(page, 'vm')).toHaveCount(1);
}

/** Is box `inner` drawn inside box `outer`? */
export async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const i = (await inner.boundingBox())!;
  const o = (await outer.boundingBox())!;
  expect(i.x).toBeGreaterThan(o.x);
  expect(i.y).toBeGreaterThan(o.y);
  expect(i.x + i.width).toBeLessThanOrEqual(o.x + o.width + 1);
  expect(i.y + i.height).toBeLessThanOrEqual(o.y + o.height + 1);
}

/** A screenshot kept in the test's output folder and attached to the report. */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
