import type { MenuAction } from '../../../shared/ipc/contract';
import { EDITOR_ACTIONS, editorActionForKey, type EditorActionId } from '../editing/editorActions';
import { openExportDialog } from '../export/exportStore';
import { downloadProject, newProject, openProject, openRecent, pickAndOpenFile, saveProject } from '../files/fileActions';
import { openProjectSettings } from '../settings/settingsStore';
import { openAbout } from '../shortcuts/aboutStore';
import { openMigrationLab, openSimulation } from '../simulation/simActions';
import { useSim } from '../simulation/simStore';
import { newFromTemplate } from '../templates/newFromTemplate';
import { useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';

/** Menu actions plus the web edition's own file actions (the desktop has native equivalents). */
export type AppAction = MenuAction | 'download' | 'openRecent' | 'openFile' | EditorActionId;

export interface ActionSpec {
  label: string;
  /** The accelerator the menus show (the desktop's native menu uses the same one). */
  shortcut?: string;
  /** Other keys that run it too (listed in the shortcuts help). */
  keys?: string[];
  group?: string;
  /** For toggles: is it on now (menus show a check mark)? */
  checked?: () => boolean;
  run(): void | Promise<unknown>;
}

const design = () => useDesign.getState();
const sim = () => useSim.getState();

/** Simulation › Play/Pause Replay: the run the canvas shows, or a word on why there is none. */
function togglePlayback(): void {
  if (sim().playback) sim().togglePlay();
  else design().notify('info', 'Nothing to replay yet: run a migration or a scenario in the Simulation panel first.');
}

/** Simulation › Cancel Run: stops the run in flight (what ran so far is kept). */
function cancelSimulation(): Promise<void> | void {
  const s = sim();
  const busy = s.migration.status === 'checking' || s.migration.status === 'running' || s.scenario.status === 'running' || s.consolidation.status === 'running';
  if (busy) return s.cancel();
  design().notify('info', 'No simulation is running.');
}

/**
 * Every user action, reachable alike from the native menu (desktop), the in-app menu bar
 * (web), keyboard shortcuts and the command palette. Where each appears in the menus is
 * `menuModel.ts`; the native menu template (electron/main/menu) is checked against both.
 */
export const ACTIONS: Record<AppAction, ActionSpec> = {
  new: { label: 'New', shortcut: 'Ctrl+N', run: newProject },
  newFromTemplate: { label: 'New from Template…', shortcut: 'Ctrl+Shift+N', run: newFromTemplate },
  open: { label: 'Open…', shortcut: 'Ctrl+O', run: openProject },
  save: { label: 'Save', shortcut: 'Ctrl+S', run: () => void saveProject(false) },
  saveAs: { label: 'Save As…', shortcut: 'Ctrl+Shift+S', run: () => void saveProject(true) },
  openRecent: { label: 'Recent Projects…', run: openRecent },
  openFile: { label: 'Import from Disk…', run: pickAndOpenFile },
  download: { label: 'Download .virtlab.json', run: downloadProject },
  export: { label: 'Export…', shortcut: 'Ctrl+E', run: openExportDialog },
  undo: { label: 'Undo', shortcut: 'Ctrl+Z', group: 'Edit', run: () => design().undo() },
  redo: { label: 'Redo', shortcut: 'Ctrl+Y', keys: ['Ctrl+Shift+Z'], group: 'Edit', run: () => design().redo() },
  projectSettings: { label: 'Project Settings…', group: 'Edit', run: openProjectSettings },
  toggleMinimap: { label: 'Toggle Minimap', shortcut: 'Ctrl+Shift+M', group: 'View', checked: () => useUi.getState().minimap, run: () => useUi.getState().toggleMinimap() },
  toggleTheme: { label: 'Toggle Dark Theme', shortcut: 'Ctrl+Shift+L', group: 'View', checked: () => useUi.getState().theme === 'dark', run: () => useUi.getState().setTheme(useUi.getState().theme === 'dark' ? 'light' : 'dark') },
  runSimulation: { label: 'Run Simulation…', shortcut: 'F5', group: 'Simulation', run: openSimulation },
  openMigrationLab: { label: 'Migration Lab…', group: 'Simulation', run: () => openMigrationLab() },
  openScenario: { label: 'Scenario…', group: 'Simulation', run: () => sim().openPanel('scenario') },
  openConsolidation: { label: 'Consolidation…', group: 'Simulation', run: () => sim().openPanel('consolidation') },
  togglePlayback: { label: 'Play/Pause Replay', group: 'Simulation', run: togglePlayback },
  cancelSimulation: { label: 'Cancel Run', group: 'Simulation', run: cancelSimulation },
  about: { label: 'About VirtLab', group: 'Help', run: openAbout },
  // Editing, view, arrange and navigation (cut/copy/paste, delete with cascade confirm, zoom, layout…).
  ...EDITOR_ACTIONS,
};

export function runAction(action: AppAction): void {
  void ACTIONS[action].run();
}

/** Maps a key event to an action, following the platform's standard shortcuts. */
export function actionForKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): AppAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  if (mod && k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && k === 'y') return 'redo';
  if (mod && k === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (mod && k === 'o') return 'open';
  if (mod && k === 'e') return 'export';
  if (mod && e.shiftKey && k === 'n') return 'newFromTemplate';
  if (mod && e.shiftKey && k === 'm') return 'toggleMinimap';
  if (mod && e.shiftKey && k === 'l') return 'toggleTheme';
  if (mod && k === 'n') return 'new';
  if (mod && k === 'a') return 'selectAll';
  if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) return 'delete';
  if (!mod && !e.altKey && e.key === 'F5') return 'runSimulation';
  return editorActionForKey(e);
}
