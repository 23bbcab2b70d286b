import { focusElement, getFlow } from '../canvas/flowHandle';
import { alignSelection, autoLayout, distributeSelection } from '../layout/arrange';
import { useDesign } from '../store/designStore';
import { useUi } from '../store/uiStore';
import { goToProblem } from '../diagnostics/goToProblem';
import { copySelection, cutSelection, deleteSelection, duplicateSelection, nestOut, paste, renameElement } from './operations';

export interface EditorActionSpec {
  label: string;
  shortcut?: string;
  /** Where the command palette and the help dialog list it. */
  group: 'Edit' | 'View' | 'Arrange' | 'Navigate' | 'Help';
  checked?: () => boolean;
  /** Other keys that run it too (listed in the shortcuts help; menus show `shortcut`). */
  keys?: string[];
  run(): void | Promise<unknown>;
}

export const EDITOR_ACTION_IDS = [
  'cut', 'copy', 'paste', 'duplicate', 'delete', 'rename', 'nestOut', 'selectAll', 'selectNone',
  'zoomIn', 'zoomOut', 'fitView', 'zoomToSelection', 'toggleSnap', 'toggleLegend', 'toggleDiagnostics',
  'nextProblem', 'previousProblem', 'autoLayout', 'alignLeft', 'alignCenter', 'alignRight', 'alignTop', 'alignMiddle', 'alignBottom', 'distributeH', 'distributeV',
  'search', 'commandPalette', 'shortcuts',
] as const;
export type EditorActionId = (typeof EDITOR_ACTION_IDS)[number];

const design = () => useDesign.getState();
const ui = () => useUi.getState();

/** The editor's actions: reachable from the menus, the command palette, context menus and the keyboard. */
export const EDITOR_ACTIONS: Record<EditorActionId, EditorActionSpec> = {
  cut: { label: 'Cut', shortcut: 'Ctrl+X', group: 'Edit', run: cutSelection },
  copy: { label: 'Copy', shortcut: 'Ctrl+C', group: 'Edit', run: () => { copySelection(); } },
  paste: { label: 'Paste', shortcut: 'Ctrl+V', group: 'Edit', run: () => paste() },
  duplicate: { label: 'Duplicate', shortcut: 'Ctrl+D', group: 'Edit', run: duplicateSelection },
  delete: { label: 'Delete', shortcut: 'Delete', keys: ['Backspace'], group: 'Edit', run: () => deleteSelection() },
  rename: { label: 'Rename…', shortcut: 'F2', group: 'Edit', run: () => renameElement() },
  nestOut: { label: 'Move out of parent', group: 'Edit', run: () => nestOut() },
  selectAll: { label: 'Select All', shortcut: 'Ctrl+A', group: 'Edit', run: () => design().select([...(design().snapshot?.design.topology.nodes.keys() ?? [])]) },
  selectNone: {
    label: 'Select None', shortcut: 'Esc', group: 'Edit',
    // Escape that closes a dialog or a menu is not also meant to drop the selection.
    run: () => { if (!document.querySelector('[aria-modal="true"], .vl-context-menu')) design().select([]); },
  },
  zoomIn: { label: 'Zoom In', shortcut: 'Ctrl+=', group: 'View', run: () => void getFlow()?.zoomIn({ duration: 150 }) },
  zoomOut: { label: 'Zoom Out', shortcut: 'Ctrl+-', group: 'View', run: () => void getFlow()?.zoomOut({ duration: 150 }) },
  fitView: { label: 'Zoom to Fit', shortcut: 'Ctrl+0', keys: ['Shift+1'], group: 'View', run: () => void getFlow()?.fitView({ padding: 0.15, duration: 250 }) },
  zoomToSelection: {
    label: 'Zoom to Selection', shortcut: 'Shift+2', group: 'View',
    run: () => { const id = design().selection[0]; if (id) focusElement(id, { select: false }); },
  },
  toggleSnap: { label: 'Toggle Snap to Grid', group: 'View', checked: () => ui().snapToGrid, run: () => ui().toggleSnap() },
  toggleLegend: { label: 'Toggle Legend', group: 'View', checked: () => ui().legend, run: () => ui().toggleLegend() },
  toggleDiagnostics: { label: 'Toggle Diagnostics Panel', group: 'View', checked: () => ui().diagnostics, run: () => ui().toggleDiagnostics() },
  nextProblem: { label: 'Next Problem', shortcut: 'F8', group: 'Navigate', run: () => goToProblem(1) },
  previousProblem: { label: 'Previous Problem', shortcut: 'Shift+F8', group: 'Navigate', run: () => goToProblem(-1) },
  autoLayout: { label: 'Auto-layout', shortcut: 'Alt+Shift+F', group: 'Arrange', run: autoLayout },
  alignLeft: { label: 'Align Left', shortcut: 'Alt+A', group: 'Arrange', run: () => alignSelection('left') },
  alignCenter: { label: 'Align Horizontal Centres', shortcut: 'Alt+C', group: 'Arrange', run: () => alignSelection('center') },
  alignRight: { label: 'Align Right', shortcut: 'Alt+D', group: 'Arrange', run: () => alignSelection('right') },
  alignTop: { label: 'Align Top', shortcut: 'Alt+W', group: 'Arrange', run: () => alignSelection('top') },
  alignMiddle: { label: 'Align Vertical Middles', shortcut: 'Alt+M', group: 'Arrange', run: () => alignSelection('middle') },
  alignBottom: { label: 'Align Bottom', shortcut: 'Alt+B', group: 'Arrange', run: () => alignSelection('bottom') },
  distributeH: { label: 'Distribute Horizontally', shortcut: 'Alt+Shift+H', group: 'Arrange', run: () => distributeSelection('horizontal') },
  distributeV: { label: 'Distribute Vertically', shortcut: 'Alt+Shift+V', group: 'Arrange', run: () => distributeSelection('vertical') },
  search: { label: 'Find Element…', shortcut: 'Ctrl+F', group: 'Navigate', run: () => ui().openOverlay('search') },
  commandPalette: { label: 'Command Palette…', shortcut: 'Ctrl+K', keys: ['Ctrl+Shift+P'], group: 'Help', run: () => ui().openOverlay('commandPalette') },
  shortcuts: { label: 'Keyboard Shortcuts', shortcut: 'Ctrl+/', keys: ['?', 'F1'], group: 'Help', run: () => ui().openOverlay('shortcuts') },
};

// Alt+H/V/S/E/F would clash with the desktop menu bar's mnemonics (Help, View, Simulation, Edit, File).
const ALT_KEYS: Record<string, EditorActionId> = { KeyA: 'alignLeft', KeyC: 'alignCenter', KeyD: 'alignRight', KeyW: 'alignTop', KeyM: 'alignMiddle', KeyB: 'alignBottom' };

/** Maps a key event to an editor action (the shell's own shortcuts are checked first). */
export function editorActionForKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): EditorActionId | null {
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  if (mod && !e.altKey) {
    if (k === 'c' && !e.shiftKey) return 'copy';
    if (k === 'x' && !e.shiftKey) return 'cut';
    if (k === 'v' && !e.shiftKey) return 'paste';
    if (k === 'd' && !e.shiftKey) return 'duplicate';
    if (k === 'k' || (e.shiftKey && k === 'p')) return 'commandPalette';
    if (k === 'f' && !e.shiftKey) return 'search';
    if (k === '=' || k === '+') return 'zoomIn';
    if (k === '-' || k === '_') return 'zoomOut';
    if (k === '0') return 'fitView';
    if (k === '/') return 'shortcuts';
    return null;
  }
  if (e.altKey && !mod) {
    if (e.shiftKey && e.code === 'KeyH') return 'distributeH';
    if (e.shiftKey && e.code === 'KeyV') return 'distributeV';
    if (e.shiftKey && e.code === 'KeyF') return 'autoLayout';
    if (!e.shiftKey && e.code in ALT_KEYS) return ALT_KEYS[e.code]!;
    return null;
  }
  if (e.key === '?' || e.key === 'F1') return 'shortcuts';
  if (e.key === 'F2') return 'rename';
  if (e.key === 'F8') return e.shiftKey ? 'previousProblem' : 'nextProblem';
  if (e.key === 'Escape') return 'selectNone';
  if (e.shiftKey && e.code === 'Digit1') return 'fitView';
  if (e.shiftKey && e.code === 'Digit2') return 'zoomToSelection';
  return null;
}
