import { create } from 'zustand';

interface SettingsDialogState {
  open: boolean;
  show(): void;
  hide(): void;
}

/** Whether the Project Settings dialog (Edit › Project Settings…) is open. */
export const useSettingsDialog = create<SettingsDialogState>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

export const openProjectSettings = () => useSettingsDialog.getState().show();
