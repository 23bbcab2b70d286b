import { create } from 'zustand';
import { useDesign } from '../store/designStore';

/**
 * The open document: its name (or path on desktop) and the revision last saved. On the desktop the
 * main process owns the document and says whether it is dirty (`platformDirty`, from its appState
 * event); the web edition compares revisions.
 */
interface DocumentState {
  name: string | null;
  savedRevision: number;
  platformDirty: boolean | null;
  /** Name offered by the first save of a project that came from a file rather than the library. */
  suggestion: string | null;
  setSaved(name: string, revision: number): void;
  reset(name: string | null, revision: number): void;
  /** Loaded but not saved (a recovered journal): dirty until the next save. */
  resetDirty(name: string | null): void;
  setPlatformState(name: string | null, dirty: boolean): void;
  suggest(name: string | null): void;
}

export const useDocument = create<DocumentState>((set) => ({
  name: null,
  savedRevision: 0,
  platformDirty: null,
  suggestion: null,
  setSaved: (name, savedRevision) => set({ name, savedRevision, suggestion: null }),
  reset: (name, savedRevision) => set({ name, savedRevision, suggestion: null }),
  resetDirty: (name) => set({ name, savedRevision: -1, suggestion: null }),
  setPlatformState: (name, platformDirty) => set({ name, platformDirty }),
  suggest: (suggestion) => set({ suggestion }),
}));

/** Whether the document has unsaved changes, given the engine's current revision. */
export const isDirty = (doc: Pick<DocumentState, 'savedRevision' | 'platformDirty'>, revision: number): boolean =>
  doc.platformDirty ?? revision !== doc.savedRevision;

/** Unsaved changes, now. */
export const documentDirty = (): boolean => isDirty(useDocument.getState(), useDesign.getState().snapshot?.revision ?? 0);

/** Hook: re-renders when the document becomes dirty or clean. */
export function useDirty(): boolean {
  const revision = useDesign((s) => s.snapshot?.revision ?? 0);
  return useDocument((d) => isDirty(d, revision));
}

export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
