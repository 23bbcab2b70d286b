import { create } from 'zustand';

interface ExportState {
  open: boolean;
  /** What the running export is doing; null when idle. */
  stage: string | null;
  show(): void;
  hide(): void;
  setStage(stage: string | null): void;
}

/** The Export dialog's state (File › Export…). */
export const useExport = create<ExportState>((set, get) => ({
  open: false,
  stage: null,
  show: () => set({ open: true }),
  // An export in progress cannot be closed half-way: it finishes (or fails) first.
  hide: () => { if (get().stage === null) set({ open: false }); },
  setStage: (stage) => set({ stage }),
}));

export const openExportDialog = () => useExport.getState().show();
