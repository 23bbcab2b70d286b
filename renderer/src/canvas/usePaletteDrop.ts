import { useCallback, type DragEvent } from 'react';
import { canNestKind } from '../../../shared/engine/queries/nesting';
import type { NodeId } from '../../../shared/model';
import { addPaletteItem } from '../palette/addElement';
import { PALETTE_MIME, paletteItem } from '../palette/paletteItems';
import { useDesign } from '../store/designStore';
import { paletteDragItem, useDropHint } from './dropHint';
import { dropTarget } from './dropTarget';
import type { Flow } from './flowHandle';

/** Drag from the palette: the container under the pointer is outlined (accepted or refused), drop adds. */
export function usePaletteDrop(flow: Flow) {
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    const item = paletteItem(paletteDragItem() ?? '');
    const t = useDesign.getState().snapshot?.design.topology;
    if (!item || !t) return;
    const target = dropTarget(flow, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }), item.kind);
    const parent = target.parentId ? t.nodes.get(target.parentId as NodeId) : undefined;
    useDropHint.getState().show(parent ? parent.id : null, parent ? canNestKind(item.kind, parent.kind).ok : true);
  }, [flow]);

  const onDragLeave = useCallback((e: DragEvent) => {
    if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) useDropHint.getState().show(null);
  }, []);

  const onDrop = useCallback((e: DragEvent) => {
    useDropHint.getState().show(null);
    const item = paletteItem(e.dataTransfer.getData(PALETTE_MIME));
    if (!item) return;
    e.preventDefault();
    const target = dropTarget(flow, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }), item.kind);
    void addPaletteItem(item, target.parentId as NodeId | null, target, { x: e.clientX, y: e.clientY });
  }, [flow]);

  return { onDragOver, onDragLeave, onDrop };
}
