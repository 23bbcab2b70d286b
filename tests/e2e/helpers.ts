import { expect, type Locator, type Page } from '@playwright/test';

/** Drags a palette item onto a point of a target (canvas or a node), as a person does with the mouse. */
export async function dragFromPalette(page: Page, itemId: string, target: Locator, offset = { x: 0.5, y: 0.5 }): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error(`drop target for ${itemId} is not visible`);
  const x = box.x + box.width * offset.x;
  const y = box.y + box.height * offset.y;
  // HTML5 drag and drop: Playwright's dragTo drives real dragstart/dragover/drop events.
  await page.getByTestId(`palette-${itemId}`).dragTo(page.getByTestId('canvas'), {
    targetPosition: { x: x - (await page.getByTestId('canvas').boundingBox())!.x, y: y - (await page.getByTestId('canvas').boundingBox())!.y },
  });
}

/** The node element on the canvas for an element of a kind (n-th if several). */
export const nodeOfKind = (page: Page, kind: string, nth = 0) => page.locator(`.vl-node[data-kind="${kind}"]`).nth(nth);

export async function expectNodeCount(page: Page, kind: string, n: number): Promise<void> {
  await expect(page.locator(`.vl-node[data-kind="${kind}"]`)).toHaveCount(n);
}
