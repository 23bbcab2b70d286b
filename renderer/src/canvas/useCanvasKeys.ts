import { useCallback, type KeyboardEvent } from 'react';
import type { NodeId } from '../../../shared/model';
import { useContextMenu } from '../contextMenu/contextMenuStore';
import { nudgeSelection } from '../editing/operations';
import { useDesign } from '../store/designStore';
import { nodeRect, revealElement, type Flow } from './flowHandle';
import { spatialNext, tabNext, tabOrder, type Direction, type NavRect } from './keyboardNav';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const STEP: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

function navRects(): NavRect[] {
  const t = useDesign.getState().snapshot?.design.topology;
  if (!t) return [];
  return [...t.nodes.values()].flatMap((n) => {
    const r = nodeRect(n.id);
    return r ? [{ id: n.id, parentId: n.parentId, ...r }] : [];
  });
}

/**
 * Keyboard use of the canvas (when it has focus): Tab walks elements in reading order, arrows move
 * the selection to the nearest element that way, Shift+arrows nudge, Shift+F10 opens the menu.
 */
export function useCanvasKeys(flow: Flow) {
  return useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const { selection, select } = useDesign.getState();
    const nodes = useDesign.getState().snapshot?.design.topology.nodes;
    const current = selection.find((id) => nodes?.has(id as NodeId)) ?? null;
    const choose = (id: string | null) => {
      if (!id) return;
      select([id]);
      revealElement(id);
    };
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      const order = tabOrder(navRects());
      const i = current ? order.indexOf(current) : -1;
      // Let Tab leave the canvas after the last element (and Shift+Tab before the first).
      if (order.length === 0 || (!e.shiftKey && i === order.length - 1) || (e.shiftKey && i === 0)) return;
      e.preventDefault();
      choose(tabNext(order, current, e.shiftKey));
      return;
    }
    const dir = ARROWS[e.key];
    if (dir && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      if (e.shiftKey) {
        const step = e.altKey ? 1 : 8;
        void nudgeSelection(STEP[dir][0] * step, STEP[dir][1] * step);
        return;
      }
      const rects = navRects();
      choose(current ? spatialNext(rects, current, dir) : tabOrder(rects)[0] ?? null);
      return;
    }
    if ((e.key === 'F10' && e.shiftKey) || e.key === 'ContextMenu') {
      e.preventDefault();
      const r = current ? flow.flowToScreenPosition({ x: nodeRect(current)!.x + 20, y: nodeRect(current)!.y + 20 }) : null;
      if (current && r) useContextMenu.getState().open({ x: r.x, y: r.y, target: selection.length > 1 ? { type: 'selection' } : { type: 'node', id: current as NodeId } });
    }
  }, [flow]);
}
