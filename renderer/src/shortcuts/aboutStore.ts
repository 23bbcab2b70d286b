import { create } from 'zustand';

/** Help › About: open or not (the dialog sits with the shortcuts help, the other Help dialog). */
export const useAbout = create<{ open: boolean }>(() => ({ open: false }));

export const openAbout = (): void => useAbout.setState({ open: true });
export const closeAbout = (): void => useAbout.setState({ open: false });
