import { relationFor } from '../../../shared/engine/queries/connection';
import { canNest, kindLabel } from '../../../shared/engine/queries/nesting';
import { RELATION_ENDS, type NodeId } from '../../../shared/model';
import { ACTIONS, runAction, type AppAction } from '../app/actions';
import { useDialogs } from '../app/dialogStore';
import { connectElements } from '../canvas/useConnectGestures';
import { focusElement } from '../canvas/flowHandle';
import { openAddPalette } from '../commandPalette/commandPaletteStore';
import { deleteSelection, hasClip, nestOut, paste, renameElement } from '../editing/operations';
import { useDesign } from '../store/designStore';
import type { MenuTarget } from './contextMenuStore';
import { checkMigration } from './migrationCheckStore';

export interface MenuItem { id: string; label: string; shortcut?: string; disabled?: boolean; danger?: boolean; run(): void | Promise<unknown> }
export type MenuEntry = MenuItem | '-';

const state = () => useDesign.getState();

/** A registered action as a context-menu item: its own wording here, the menus' shortcut. */
function act(id: AppAction, label = ACTIONS[id].label, extra: Partial<MenuItem> = {}): MenuItem {
  const shortcut = ACTIONS[id].shortcut;
  return { id, label, ...(shortcut ? { shortcut } : {}), run: () => runAction(id), ...extra };
}

/** Lets the user pick another element this one may connect to (the engine's relationFor decides which). */
async function connectTo(id: NodeId) {
  const t = state().snapshot?.design.topology;
  const el = t?.nodes.get(id);
  if (!t || !el) return;
  const targets = [...t.nodes.values()].filter((n) => n.id !== id && relationFor(t, id, n.id).ok);
  if (targets.length === 0) {
    const why = [...t.nodes.values()].find((n) => n.id !== id);
    const reason = why ? relationFor(t, id, why.id) : null;
    state().notify('info', `Nothing on the canvas that “${el.name}” can connect to.${reason && !reason.ok && reason.error.code === 'connection-not-allowed' ? ` ${reason.error.message.split('. ').slice(1).join('. ')}` : ''}`);
    return;
  }
  const pick = await useDialogs.getState().choose(`Connect “${el.name}” to…`, 'Elements it may connect to:', targets.map((n) => {
    const r = relationFor(t, id, n.id);
    return { id: n.id, label: `${r.ok ? RELATION_ENDS[r.value].label : ''} ${n.name} (${kindLabel(n.kind)})` };
  }));
  if (pick) await connectElements(id, pick as NodeId);
}

/** Lets the user pick a new parent among those the engine accepts (canNest). */
async function moveInto(id: NodeId) {
  const t = state().snapshot?.design.topology;
  const el = t?.nodes.get(id);
  if (!t || !el) return;
  const parents = [...t.nodes.values()].filter((n) => n.id !== el.parentId && canNest(t, id, n.id).ok);
  if (parents.length === 0) {
    state().notify('info', `There is nothing “${el.name}” can run on here.`);
    return;
  }
  const pick = await useDialogs.getState().choose(`Move “${el.name}” onto…`, `A ${kindLabel(el.kind)} may run on:`, parents.map((n) => ({ id: n.id, label: `${n.name} (${kindLabel(n.kind)})` })));
  if (pick) await state().run({ type: 'nestNode', id, parentId: pick as NodeId, position: { x: 16, y: 44 } });
}

/** What a right click offers, for what was clicked. */
export function menuFor(target: MenuTarget): MenuEntry[] {
  const t = state().snapshot?.design.topology;
  if (!t) return [];
  if (target.type === 'node') {
    const el = t.nodes.get(target.id as NodeId);
    if (!el) return [];
    return [
      act('rename', 'Rename…', { run: () => renameElement(el.id) }),
      act('duplicate'),
      act('copy'),
      act('cut'),
      act('paste', 'Paste into', { disabled: !hasClip(), run: () => paste() }),
      '-',
      { id: 'connect', label: 'Connect to…', run: () => connectTo(el.id) },
      { id: 'moveInto', label: 'Move onto…', run: () => moveInto(el.id) },
      act('nestOut', 'Move out of parent', { disabled: !el.parentId, run: () => nestOut(el.id) }),
      ...(el.kind === 'vm' ? [{ id: 'checkMigration', label: 'Check migration to…', run: () => checkMigration(el.id) }] : []),
      '-',
      act('zoomToSelection', 'Zoom to element', { run: () => focusElement(el.id) }),
      '-',
      act('delete', 'Delete…', { danger: true, run: () => deleteSelection() }),
    ];
  }
  if (target.type === 'edge') {
    return [
      {
        id: 'edit', label: 'Edit properties',
        run: () => {
          state().select([target.id]);
          // After the inspector has rendered the connection's form.
          requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="inspector-edge"] input, [data-testid="inspector-edge"] select')?.focus());
        },
      },
      { id: 'focus', label: 'Zoom to connection', run: () => focusElement(target.id) },
      '-',
      act('delete', 'Delete connection', { danger: true, run: () => deleteSelection([target.id]) }),
    ];
  }
  if (target.type === 'selection') {
    return [
      act('duplicate'),
      act('copy'),
      act('cut'),
      '-',
      act('alignLeft', 'Align left'),
      act('alignTop', 'Align top'),
      act('distributeH', 'Distribute horizontally'),
      act('distributeV', 'Distribute vertically'),
      '-',
      act('delete', 'Delete…', { danger: true, run: () => deleteSelection() }),
    ];
  }
  return [
    { id: 'add', label: 'Add element here…', run: () => openAddPalette(target.flow) },
    act('paste', 'Paste here', { disabled: !hasClip(), run: () => { state().select([]); return paste(target.flow); } }),
    '-',
    act('selectAll', 'Select all'),
    act('autoLayout'),
    act('fitView', 'Zoom to fit'),
  ];
}
