import type { AppAction, ActionSpec } from './actions';

/** One line of a menu: an action, a separator, or a submenu. */
export type MenuEntry = AppAction | '-' | MenuSubmenu;
export interface MenuSubmenu { submenu: string; items: MenuEntry[] }
export interface MenuSection { label: string; items: MenuEntry[] }

/**
 * Actions only the web edition's menu bar shows: the desktop has native equivalents (File ›
 * Open Recent as a submenu, the system file dialogs).
 */
export const WEB_ONLY_ACTIONS: ReadonlySet<AppAction> = new Set<AppAction>(['openRecent', 'openFile', 'download']);

/**
 * The menus, once: the web edition's menu bar and the shortcuts help are drawn from this, and a
 * test holds the desktop's native menu template (electron/main/menu/menuTemplate.ts, which may not
 * import the renderer) to the same order, labels and accelerators. Labels and shortcuts live in
 * the ACTIONS registry.
 */
export const MENU_MODEL: readonly MenuSection[] = [
  { label: 'File', items: ['new', 'newFromTemplate', '-', 'open', 'openRecent', 'openFile', '-', 'save', 'saveAs', 'download', '-', 'export'] },
  {
    label: 'Edit',
    items: ['undo', 'redo', '-', 'cut', 'copy', 'paste', 'duplicate', 'delete', '-', 'rename', 'nestOut', '-', 'selectAll', 'selectNone', '-', 'search', '-', 'projectSettings'],
  },
  {
    label: 'View',
    items: [
      'commandPalette', '-',
      'zoomIn', 'zoomOut', 'fitView', 'zoomToSelection', '-',
      'toggleMinimap', 'toggleLegend', 'toggleDiagnostics', 'toggleSnap', 'toggleTheme', '-',
      'nextProblem', 'previousProblem', '-',
      'autoLayout',
      {
        submenu: 'Align and Distribute',
        items: ['alignLeft', 'alignCenter', 'alignRight', '-', 'alignTop', 'alignMiddle', 'alignBottom', '-', 'distributeH', 'distributeV'],
      },
    ],
  },
  { label: 'Simulation', items: ['runSimulation', '-', 'openMigrationLab', 'openScenario', 'openConsolidation', '-', 'togglePlayback', 'cancelSimulation'] },
  { label: 'Help', items: ['shortcuts', '-', 'about'] },
];

/** The actions of some menu entries, in menu order (submenus included). */
export function actionsOf(entries: readonly MenuEntry[]): AppAction[] {
  return entries.flatMap((e) => (e === '-' ? [] : typeof e === 'string' ? [e] : actionsOf(e.items)));
}

/** Every key of an action: the menu accelerator first, then the other keys. */
export const keysOf = (spec: Pick<ActionSpec, 'shortcut' | 'keys'>): string[] => [...(spec.shortcut ? [spec.shortcut] : []), ...(spec.keys ?? [])];

/** The shortcuts help: each menu's actions that have a key, under the menu's name. */
export function shortcutSections(actions: Readonly<Record<AppAction, ActionSpec>>): { group: string; rows: { keys: string[]; label: string }[] }[] {
  return MENU_MODEL.map((m) => ({
    group: m.label,
    rows: actionsOf(m.items)
      .map((id) => actions[id])
      .filter((spec) => keysOf(spec).length > 0)
      .map((spec) => ({ keys: keysOf(spec), label: spec.label.replace(/…$/, '') })),
  })).filter((s) => s.rows.length > 0);
}
