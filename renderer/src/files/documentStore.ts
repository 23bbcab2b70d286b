import { create } from 'zustand';

/** The open document: its name (or path on desktop) and the revision last saved. */
interface DocumentState {
  name: string | null;
  savedRevision: number;
  setSaved(name: string, revision: number): void;
  reset(name: string | null, revision: number): void;
}

export const useDocument = create<DocumentState>((set) => ({
  name: null,
  savedRevision: 0,
  setSaved: (name, savedRevision) => set({ name, savedRevision }),
  reset: (name, savedRevision) => set({ name, savedRevision }),
}));

export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
