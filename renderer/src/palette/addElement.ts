import { canNestKind } from '../../../shared/engine/queries/nesting';
import type { Design, NodeId } from '../../../shared/model';
import { BOX, HEADER, PAD } from '../canvas/geometry';
import { useDesign } from '../store/designStore';
import type { PaletteItem } from './paletteItems';

type Point = { x: number; y: number };

/**
 * Where a keyboard-added element goes: into the selected element when its kind may run there
 * (below what it already holds), otherwise centred on the given point of the canvas.
 */
export function keyboardPlacement(design: Design, item: PaletteItem, selection: readonly string[], center: Point): { parentId: NodeId | null; position: Point } {
  const t = design.topology;
  const sel = selection.length === 1 ? t.nodes.get(selection[0] as NodeId) : undefined;
  if (sel && canNestKind(item.kind, sel.kind).ok) {
    let bottom = HEADER;
    for (const c of t.nodes.values()) {
      if (c.parentId !== sel.id) continue;
      const l = design.layout[c.id] ?? { x: PAD, y: HEADER };
      bottom = Math.max(bottom, l.y + (l.height ?? BOX[c.kind].h) + 12);
    }
    return { parentId: sel.id, position: { x: PAD, y: bottom } };
  }
  const box = BOX[item.kind];
  return { parentId: null, position: { x: Math.round(center.x - box.w / 2), y: Math.round(center.y - box.h / 2) } };
}

/** Adds a palette item; on success selects the new element (the selection shows where it went). */
export async function addPaletteItem(item: PaletteItem, parentId: NodeId | null, position: Point, at?: Point): Promise<NodeId | null> {
  const { apply, select } = useDesign.getState();
  const events = await apply({
    type: 'addNode',
    kind: item.kind,
    parentId,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    ...(item.props ? { props: item.props } : {}),
  }, at);
  const added = events?.find((e) => e.type === 'nodeAdded');
  if (!added) return null;
  select([added.id]);
  return added.id as NodeId;
}
