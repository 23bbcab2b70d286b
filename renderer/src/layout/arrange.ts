import type { NodeId } from '../../../shared/model';
import { getFlow } from '../canvas/flowHandle';
import { BOX } from '../canvas/geometry';
import { useDesign } from '../store/designStore';
import { align, distribute, type AlignMode, type Rect } from './align';
import { computeAutoLayout } from './autoLayout';

const state = () => useDesign.getState();

/** The selected elements as boxes in their parent's coordinates, if they all share one parent. */
function siblingRects(): Rect[] | null {
  const d = state().snapshot?.design;
  if (!d) return null;
  const ids = state().selection.filter((id) => d.topology.nodes.has(id as NodeId)) as NodeId[];
  if (ids.length < 2) return null;
  const parents = new Set(ids.map((id) => d.topology.nodes.get(id)!.parentId ?? null));
  if (parents.size > 1) {
    state().notify('info', 'Align and distribute work on elements that run on the same parent.');
    return null;
  }
  const flow = getFlow();
  return ids.map((id) => {
    const l = d.layout[id] ?? { x: 0, y: 0 };
    const n = flow?.getNode(id);
    const kind = d.topology.nodes.get(id)!.kind;
    return { id, x: l.x, y: l.y, width: n?.width ?? n?.measured?.width ?? BOX[kind].w, height: n?.height ?? n?.measured?.height ?? BOX[kind].h };
  });
}

export async function alignSelection(mode: AlignMode): Promise<void> {
  const rects = siblingRects();
  if (!rects) return;
  const moves = align(rects, mode);
  if (moves.length) await state().run({ type: 'moveNodes', moves: moves.map((m) => ({ ...m, id: m.id as NodeId })) });
}

export async function distributeSelection(axis: 'horizontal' | 'vertical'): Promise<void> {
  const rects = siblingRects();
  if (!rects) return;
  if (rects.length < 3) {
    state().notify('info', 'Distribute needs three or more elements.');
    return;
  }
  const moves = distribute(rects, axis);
  if (moves.length) await state().run({ type: 'moveNodes', moves: moves.map((m) => ({ ...m, id: m.id as NodeId })) });
}

/** Lays out the whole design with ELK, nesting kept, as one undoable move; then fits the view. */
export async function autoLayout(): Promise<void> {
  const d = state().snapshot?.design;
  if (!d || d.topology.nodes.size === 0) return;
  const moves = await computeAutoLayout(d);
  if (moves.length === 0) return;
  const ok = await state().run({ type: 'moveNodes', moves });
  if (ok) {
    state().notify('info', 'Laid out automatically (Ctrl+Z to undo).');
    setTimeout(() => void getFlow()?.fitView({ padding: 0.15, duration: 300 }), 60);
  }
}
