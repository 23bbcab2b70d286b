import { create } from 'zustand';

/** The container a drag would nest into, and whether the engine would accept it (drawn on that node). */
interface DropHintState {
  id: string | null;
  ok: boolean;
  show(id: string | null, ok?: boolean): void;
}

export const useDropHint = create<DropHintState>((set, get) => ({
  id: null,
  ok: true,
  show(id, ok = true) {
    const cur = get();
    if (cur.id !== id || cur.ok !== ok) set({ id, ok });
  },
}));

/** The palette item being dragged (dataTransfer payloads are unreadable during dragover). */
let draggedItem: string | null = null;
export const setPaletteDrag = (itemId: string | null): void => { draggedItem = itemId; };
export const paletteDragItem = (): string | null => draggedItem;
