import { kindLabel } from '../../../shared/engine/queries/nesting';
import type { NodeId } from '../../../shared/model';
import { ACTIONS, runAction, type AppAction } from '../app/actions';
import { dropTarget } from '../canvas/dropTarget';
import { focusElement, getFlow, viewportCenter } from '../canvas/flowHandle';
import { addPaletteItem, keyboardPlacement } from '../palette/addElement';
import { PALETTE } from '../palette/paletteItems';
import { useDesign } from '../store/designStore';

/** One line of the command palette. */
export interface PaletteCommand { id: string; label: string; group: string; shortcut?: string; run(): void | Promise<unknown> }

/** Adds a palette item at a flow point (nesting into what is under it) or, without one, like the keyboard does. */
export async function addFromCommand(itemId: string, anchor: { x: number; y: number } | null): Promise<void> {
  const item = PALETTE.find((p) => p.id === itemId);
  const { snapshot, selection } = useDesign.getState();
  const flow = getFlow();
  if (!item || !snapshot) return;
  if (anchor && flow) {
    const target = dropTarget(flow, anchor, item.kind);
    await addPaletteItem(item, target.parentId as NodeId | null, target);
    return;
  }
  const place = keyboardPlacement(snapshot.design, item, selection, viewportCenter());
  await addPaletteItem(item, place.parentId, place.position);
}

/**
 * Everything the command palette offers: every registered action, "Add <kind>" for every palette
 * item, and "Go to <element>" for every element of the design.
 */
export function allCommands(anchor: { x: number; y: number } | null): PaletteCommand[] {
  const actions = (Object.entries(ACTIONS) as [AppAction, NonNullable<(typeof ACTIONS)[AppAction]>][])
    .filter(([id]) => id !== 'commandPalette')
    .map(([id, spec]): PaletteCommand => ({ id: `action:${id}`, label: spec.label.replace(/…$/, ''), group: spec.group ?? 'File', ...(spec.shortcut ? { shortcut: spec.shortcut } : {}), run: () => runAction(id) }));
  const adds = PALETTE.map((p): PaletteCommand => ({ id: `add:${p.id}`, label: `Add ${p.label}`, group: 'Add', run: () => addFromCommand(p.id, anchor) }));
  const nodes = [...(useDesign.getState().snapshot?.design.topology.nodes.values() ?? [])];
  const gotos = nodes.map((n): PaletteCommand => ({ id: `goto:${n.id}`, label: `Go to ${n.name}`, group: kindLabel(n.kind), run: () => focusElement(n.id) }));
  return [...actions, ...adds, ...gotos];
}
