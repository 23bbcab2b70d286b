import type { DesignSnapshot } from '../../../shared/ipc/contract';
import { useDesign } from '../store/designStore';

/**
 * Shows a design the engine has just replaced (open, new, template, recovery) with nothing
 * selected. The engine also announces it as a designChanged event, usually first: adopting the
 * same revision again would hand the canvas a second copy and redraw every element for nothing
 * (about a second at 2,000 elements; bench/canvas.ts), so an equal or older revision is skipped.
 */
export function adoptSnapshot(snapshot: DesignSnapshot): void {
  const { snapshot: current, selection } = useDesign.getState();
  const next: { snapshot?: DesignSnapshot; selection?: string[] } = {};
  if (!current || snapshot.revision > current.revision) next.snapshot = snapshot;
  if (selection.length) next.selection = [];
  if (next.snapshot || next.selection) useDesign.setState(next);
}
