import { ALLOWED_PARENTS, type Element, type NodeId } from '../../model';
import { kindLabel } from '../../engine/queries/nesting';
import { parentCycles } from '../integrity';
import { at, type Warnings } from './warnings';

/**
 * Makes nesting sound, in place: an element whose parent is missing or may not hold it moves to the
 * canvas, and each nesting loop is broken at the element where the walk found it.
 */
export function restoreParents(nodes: Record<NodeId, Element>, w: Warnings): void {
  for (const n of Object.values(nodes)) {
    if (n.parentId === null) continue;
    const parent = Object.hasOwn(nodes, n.parentId) ? nodes[n.parentId] : undefined;
    const path = at(at('nodes', n.id, true), 'parentId');
    if (!parent) w.add(path, `parent "${n.parentId}" does not exist — moved to the canvas`);
    else if (!ALLOWED_PARENTS[n.kind].includes(parent.kind)) w.add(path, `a ${kindLabel(n.kind)} cannot run on a ${kindLabel(parent.kind)} — moved to the canvas`);
    else continue;
    nodes[n.id] = { ...n, parentId: null };
  }
  for (const cycle of parentCycles(nodes)) {
    const first = cycle[0] as NodeId;
    w.add(at(at('nodes', first, true), 'parentId'), `nesting loops (${[...cycle, first].join(' → ')}) — "${first}" moved to the canvas`);
    nodes[first] = { ...nodes[first]!, parentId: null };
  }
}
