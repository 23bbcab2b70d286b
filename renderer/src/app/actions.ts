import type { MenuAction } from '../../../shared/ipc/contract';
import { EDITOR_ACTIONS, editorActionForKey, type EditorActionId } from '../editing/editorActions';
import { openExportDialog } from '../export/exportStore';
import { downloadProject, newProject, openProject, openRecent, pickAndOpenFile, saveProject } from '../files/fileActions';
import { openSimulation } from '../simulation/simActions';
import { useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';

/** Menu actions plus the web edition's own file actions (the desktop has native equivalents). */
export type AppAction = MenuAction | 'download' | 'openRecent' | 'openFile' | EditorActionId;

export interface ActionSpec {
  label: string;
  shortcut?: string;
  group?: string;
  /** For toggles: is it on now (menus show a check mark)? */
  checked?: () => boolean;
  run(): void | Promise<unknown>;
}

const design = () => useDesign.getState();

/**
 * Every user action, reachable alike from the native menu (desktop), the in-app menu bar
 * (web) and keyboard shortcuts. Actions not listed here are owned by other panels.
 */
export const ACTIONS: Partial<Record<AppAction, ActionSpec>> = {
  new: { label: 'New', shortcut: 'Ctrl+N', run: newProject },
  open: { label: 'Open…', shortcut: 'Ctrl+O', run: openProject },
  save: { label: 'Save', shortcut: 'Ctrl+S', run: () => void saveProject(false) },
  saveAs: { label: 'Save As…', shortcut: 'Ctrl+Shift+S', run: () => void saveProject(true) },
  openRecent: { label: 'Recent Projects…', run: openRecent },
  openFile: { label: 'Import from Disk…', run: pickAndOpenFile },
  download: { label: 'Download .virtlab.json', run: downloadProject },
  export: { label: 'Export…', shortcut: 'Ctrl+E', run: openExportDialog },
  undo: { label: 'Undo', shortcut: 'Ctrl+Z', run: () => design().undo() },
  redo: { label: 'Redo', shortcut: 'Ctrl+Shift+Z', run: () => design().redo() },
  toggleMinimap: { label: 'Minimap', checked: () => useUi.getState().minimap, run: () => useUi.getState().toggleMinimap() },
  runSimulation: { label: 'Run Simulation…', shortcut: 'F5', group: 'Simulation', run: openSimulation },
  toggleTheme: { label: 'Toggle dark theme', run: () => useUi.getState().setTheme(useUi.getState().theme === 'dark' ? 'light' : 'dark') },
  // Editing, view, arrange and navigation (cut/copy/paste, delete with cascade confirm, zoom, layout…).
  ...EDITOR_ACTIONS,
};

export function runAction(action: AppAction): void {
  void ACTIONS[action]?.run();
}

/** Maps a key event to an action, following the platform's standard shortcuts. */
export function actionForKey(e: KeyboardEvent): AppAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  if (mod && k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && k === 'y') return 'redo';
  if (mod && k === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (mod && k === 'o') return 'open';
  if (mod && k === 'e') return 'export';
  if (mod && k === 'n') return 'new';
  if (mod && k === 'a') return 'selectAll';
  if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) return 'delete';
  if (!mod && !e.altKey && e.key === 'F5') return 'runSimulation';
  return editorActionForKey(e);
}
