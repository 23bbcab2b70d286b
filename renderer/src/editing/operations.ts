import { canNest, kindLabel } from '../../../shared/engine/queries/nesting';
import type { EdgeId, NodeId } from '../../../shared/model';
import { useDialogs } from '../app/dialogStore';
import { getFlow, revealElement } from '../canvas/flowHandle';
import { BOX, HEADER, PAD } from '../canvas/geometry';
import { useDesign } from '../store/designStore';
import { cascadeSummary } from './cascade';
import { captureClip, planPaste, type Clip } from './clipboard';
import { pastePlacement, type SizeOf } from './pastePlacement';

const state = () => useDesign.getState();
/** The engine's duplicate names copies this way; pasted copies follow suit. */
const COPY_SUFFIX = ' (copy)';

/** The in-app clipboard (copied subtrees); pasting the same clip again steps further away. */
let clip: Clip | null = null;
let pasteCount = 0;

export const hasClip = () => !!clip && clip.nodes.length > 0;

const selectedNodes = (): NodeId[] => {
  const t = state().snapshot?.design.topology;
  return t ? state().selection.filter((id) => t.nodes.has(id as NodeId)) as NodeId[] : [];
};

/** Copies the selected elements (with what runs on them and their connections). */
export function copySelection(): boolean {
  const d = state().snapshot?.design;
  const ids = selectedNodes();
  if (!d || ids.length === 0) return false;
  clip = captureClip(d, ids);
  pasteCount = 0;
  state().notify('info', `Copied ${clip.nodes.length} element${clip.nodes.length === 1 ? '' : 's'}.`);
  return true;
}

/** A node's drawn size (containers grown to fit), or its kind's default box. */
const sizeOf: SizeOf = (id, kind) => {
  const n = getFlow()?.getNode(id);
  return { w: n?.width ?? n?.measured?.width ?? BOX[kind].w, h: n?.height ?? n?.measured?.height ?? BOX[kind].h };
};

async function pasteClip(c: Clip, step: number, anchorAt?: { x: number; y: number }): Promise<boolean> {
  const d = state().snapshot?.design;
  if (!d) return false;
  const place = anchorAt ? { into: null, anchor: anchorAt, offset: { x: 0, y: 0 } } : pastePlacement(d, c, state().selection, sizeOf, step);
  const plan = planPaste(d, c, { suffix: COPY_SUFFIX, ...place });
  const events = await state().apply(plan.command);
  if (!events) return false;
  const nodes = state().snapshot?.design.topology.nodes;
  state().select(plan.roots.filter((id) => nodes?.has(id)));
  revealElement(plan.roots[0]!);
  return true;
}

/** Pastes the clipboard: into the selected container when it can hold the copy, else beside the original. */
export async function paste(anchorAt?: { x: number; y: number }): Promise<boolean> {
  if (!clip || clip.nodes.length === 0) {
    state().notify('info', 'Nothing to paste: copy elements first (Ctrl+C).');
    return false;
  }
  pasteCount++;
  return pasteClip(clip, pasteCount, anchorAt);
}

/**
 * Duplicates the selection with the engine's duplicate command (subtrees, connections among the
 * copies, fresh addresses), placed beside the originals like a paste. One undo step; the
 * clipboard is left alone.
 */
export async function duplicateSelection(): Promise<boolean> {
  const d = state().snapshot?.design;
  const ids = selectedNodes();
  if (!d || ids.length === 0) return false;
  const c = captureClip(d, ids);
  const place = pastePlacement(d, c, [], sizeOf, 1);
  const inClip = new Set(c.nodes.map((n) => n.id));
  const roots = c.nodes.filter((n) => !n.parentId || !inClip.has(n.parentId));
  const offset = place.anchor
    ? { x: place.anchor.x - Math.min(...roots.map((r) => r.layout.x)), y: place.anchor.y - Math.min(...roots.map((r) => r.layout.y)) }
    : place.offset;
  const events = await state().apply({ type: 'duplicate', ids, offset: { x: Math.round(offset.x), y: Math.round(offset.y) } });
  if (!events) return false;
  const added = new Set(events.filter((e) => e.type === 'nodeAdded').map((e) => e.id));
  const t = state().snapshot?.design.topology;
  // Select the copies of the top elements (those whose parent was not copied too).
  const copies = [...added].filter((id) => !t?.nodes.get(id as NodeId)?.parentId || !added.has(t.nodes.get(id as NodeId)!.parentId!));
  state().select(copies);
  if (copies[0]) revealElement(copies[0]);
  return true;
}

/**
 * Removes the selection. When elements nested in it or connections would go too, the choice dialog
 * says how many (from the engine's cascade query) and waits for a yes.
 */
export async function deleteSelection(ids: string[] = state().selection): Promise<boolean> {
  const d = state().snapshot?.design;
  if (!d || ids.length === 0) return false;
  const existing = ids.filter((id) => d.topology.nodes.has(id as NodeId) || d.topology.edges.has(id as EdgeId));
  if (existing.length === 0) return false;
  const summary = cascadeSummary(d, existing);
  if (summary.extraNodes > 0) {
    const answer = await useDialogs.getState().choose('Delete with everything on it?', summary.message, [{ id: 'delete', label: 'Delete all' }]);
    if (answer !== 'delete') return false;
  }
  const ok = await state().run({ type: 'remove', ids: existing as (NodeId | EdgeId)[] });
  if (ok) state().select([]);
  return ok;
}

/** Cut = copy + delete (with the same cascade confirmation). */
export async function cutSelection(): Promise<boolean> {
  if (!copySelection()) return false;
  return deleteSelection(selectedNodes());
}

/** Renames an element through the prompt dialog. */
export async function renameElement(id: string | undefined = state().selection[0]): Promise<boolean> {
  const t = state().snapshot?.design.topology;
  const el = id ? t?.nodes.get(id as NodeId) : undefined;
  if (!el) return false;
  const name = await useDialogs.getState().ask(`Rename ${kindLabel(el.kind)}`, 'Name', el.name, 'Rename');
  if (!name || name === el.name) return false;
  return state().run({ type: 'setProps', id: el.id, props: { name } });
}

/** Moves an element out of its parent, onto the grandparent (or the canvas), keeping it where it is. */
export async function nestOut(id: string | undefined = state().selection[0]): Promise<boolean> {
  const d = state().snapshot?.design;
  const el = id ? d?.topology.nodes.get(id as NodeId) : undefined;
  if (!d || !el?.parentId) return false;
  const parent = d.topology.nodes.get(el.parentId);
  const grand = parent?.parentId ?? null;
  const check = canNest(d.topology, el.id, grand);
  if (!check.ok) {
    state().notify('error', check.error.message);
    return false;
  }
  const own = d.layout[el.id] ?? { x: 0, y: 0 };
  const pl = d.layout[el.parentId] ?? { x: 0, y: 0 };
  const pw = pl.width ?? (parent ? BOX[parent.kind].w : 0);
  // Beside the old parent, at the same height.
  return state().run({ type: 'nestNode', id: el.id, parentId: grand, position: { x: Math.round(pl.x + pw + 24), y: Math.round(pl.y + own.y) } });
}

/** Moves the selected elements by a few pixels (arrow keys with Shift). */
export async function nudgeSelection(dx: number, dy: number): Promise<boolean> {
  const d = state().snapshot?.design;
  const ids = selectedNodes();
  if (!d || ids.length === 0) return false;
  const nested = (id: NodeId) => !!d.topology.nodes.get(id)?.parentId;
  const moves = ids.map((id) => {
    const l = d.layout[id] ?? { x: 0, y: 0 };
    return { id, x: nested(id) ? Math.max(PAD, l.x + dx) : l.x + dx, y: nested(id) ? Math.max(HEADER, l.y + dy) : l.y + dy };
  });
  return state().run({ type: 'moveNodes', moves });
}
