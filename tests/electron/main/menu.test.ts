import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const installed: { template: MenuItemConstructorOptions[] | null } = { template: null };
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => (installed.template = menu.template),
    // Like Electron's: finds an installed item by id (here, the template entry itself).
    getApplicationMenu: () => installed.template && { getMenuItemById: (id: string) => flatten(installed.template!).find((i) => i.id === id) ?? null },
  },
}));

const { buildMenuTemplate } = await import('../../../electron/main/menu/menuTemplate');
const { applyMenuChecks, installMenu } = await import('../../../electron/main/menu/installMenu');
const { EVENTS, MENU_ACTIONS, MENU_TOGGLES } = await import('../../../shared/ipc/contract');

const NONE_ON = { toggleMinimap: false, toggleLegend: false, toggleDiagnostics: false, toggleSnap: false, toggleTheme: false };

type Ctx = Parameters<typeof buildMenuTemplate>[0];
const baseCtx = (over: Partial<Ctx> = {}): Ctx => ({
  platform: 'linux', isDev: false, appName: 'VirtLab', recent: [], checks: NONE_ON, send: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), ...over,
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const byLabel = (items: MenuItemConstructorOptions[], label: string) =>
  flatten(items).find((i) => i.label?.replace(/&/g, '') === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('menu template', () => {
  it('has File, Edit, View, Simulation and Help on Linux and Windows', () => {
    expect(buildMenuTemplate(baseCtx()).map((m) => m.label?.replace(/&/g, ''))).toEqual(['File', 'Edit', 'View', 'Simulation', 'Help']);
  });

  it('can send every menu action, each from exactly one item', () => {
    const send = vi.fn();
    for (const item of flatten(buildMenuTemplate(baseCtx({ send })))) if (item.click && !item.role) click(item);
    expect(send.mock.calls.map((c) => c[0]).sort()).toEqual([...MENU_ACTIONS].sort());
  });

  it('uses the platform accelerators', () => {
    const linux = buildMenuTemplate(baseCtx());
    const expected: Record<string, string> = {
      New: 'CmdOrCtrl+N', 'New from Template…': 'CmdOrCtrl+Shift+N', 'Open…': 'CmdOrCtrl+O', Save: 'CmdOrCtrl+S', 'Save As…': 'CmdOrCtrl+Shift+S',
      Undo: 'CmdOrCtrl+Z', Redo: 'Ctrl+Y', Cut: 'CmdOrCtrl+X', Copy: 'CmdOrCtrl+C', Paste: 'CmdOrCtrl+V', Delete: 'Delete',
      'Select All': 'CmdOrCtrl+A', 'Zoom In': 'CmdOrCtrl+=', 'Zoom Out': 'CmdOrCtrl+-', 'Run Simulation…': 'F5',
      'Toggle Minimap': 'CmdOrCtrl+Shift+M', 'Toggle Dark Theme': 'CmdOrCtrl+Shift+L', 'Command Palette…': 'CmdOrCtrl+K', 'Find Element…': 'CmdOrCtrl+F',
    };
    for (const [label, accelerator] of Object.entries(expected)) expect(byLabel(linux, label)?.accelerator, label).toBe(accelerator);
    expect(byLabel(linux, 'Quit')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    const mac = buildMenuTemplate(baseCtx({ platform: 'darwin' }));
    expect(byLabel(mac, 'Redo')?.accelerator).toBe('Cmd+Shift+Z');
    expect(mac[0]!.label).toBe('VirtLab');
    expect(flatten(mac).filter((i) => i.role === 'quit')).toHaveLength(1);
  });

  it('leaves text-editing and selection keys to the page (shown, not registered), so text fields and panels keep working', () => {
    const items = buildMenuTemplate(baseCtx());
    for (const label of ['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Duplicate', 'Delete', 'Rename…', 'Select All', 'Select None', 'Zoom to Selection', 'Next Problem', 'Previous Problem', 'Run Simulation…']) {
      expect(byLabel(items, label)?.registerAccelerator, label).toBe(false);
    }
    for (const label of ['Save', 'Toggle Minimap', 'Command Palette…', 'Align Left']) expect(byLabel(items, label)?.registerAccelerator, label).toBeUndefined();
    // A key without Ctrl/Cmd or Alt would be taken from every text field if it were registered.
    for (const i of flatten(items)) {
      if (i.accelerator && !/(CmdOrCtrl|Ctrl|Cmd|Alt)\+/.test(i.accelerator)) expect(i.registerAccelerator, i.label).toBe(false);
    }
  });

  it('has no two items on one accelerator, and no Alt+letter that would shadow a menu title\'s mnemonic', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const items = buildMenuTemplate(baseCtx({ platform }));
      const accels = flatten(items).flatMap((i) => (i.accelerator ? [i.accelerator.replace(/CmdOrCtrl|Cmd/, 'Ctrl').toLowerCase()] : []));
      expect(accels.filter((a, n) => accels.indexOf(a) !== n), platform).toEqual([]);
      const titles = items.flatMap((m) => /&(\w)/.exec(m.label ?? '')?.[1]?.toLowerCase() ?? []);
      for (const a of accels) expect(titles.map((t) => `alt+${t}`), a).not.toContain(a);
    }
  });

  it('gives each item of a menu its own mnemonic', () => {
    const check = (menu: MenuItemConstructorOptions[], where: string) => {
      const letters = menu.flatMap((i) => /&(\w)/.exec(i.label ?? '')?.[1]?.toLowerCase() ?? []);
      expect(letters.filter((l, n) => letters.indexOf(l) !== n), where).toEqual([]);
      for (const i of menu) if (Array.isArray(i.submenu)) check(i.submenu, `${where} › ${i.label}`);
    };
    check(buildMenuTemplate(baseCtx()), 'menu bar');
  });

  it('offers DevTools in development builds only', () => {
    const hasDevTools = (isDev: boolean) => flatten(buildMenuTemplate(baseCtx({ isDev }))).some((i) => i.role === 'toggleDevTools');
    expect(hasDevTools(false)).toBe(false);
    expect(hasDevTools(true)).toBe(true);
  });

  it('lists recent projects, opens them in the main process and can clear them', () => {
    const openRecent = vi.fn();
    const clearRecent = vi.fn();
    const items = buildMenuTemplate(baseCtx({ recent: ['/home/ada/a.virtlab.json', '/home/ada/b.virtlab.json'], openRecent, clearRecent }));
    click(byLabel(items, '/home/ada/b.virtlab.json'));
    expect(openRecent).toHaveBeenCalledWith('/home/ada/b.virtlab.json');
    click(byLabel(items, 'Clear Recent'));
    expect(clearRecent).toHaveBeenCalled();
    expect(byLabel(buildMenuTemplate(baseCtx()), 'No Recent Projects')?.enabled).toBe(false);
  });
});

describe('View toggles', () => {
  it('are check boxes, ticked as the renderer reports, in the template and in the installed menu', () => {
    const template = buildMenuTemplate(baseCtx({ checks: { ...NONE_ON, toggleMinimap: true } }));
    const toggles = flatten(template).filter((i) => i.type === 'checkbox');
    expect(toggles.map((i) => i.id)).toEqual([...MENU_TOGGLES]);
    expect(toggles.map((i) => i.checked)).toEqual([true, false, false, false, false]);

    installMenu({ platform: 'linux', isDev: false, appName: 'VirtLab', recent: [], checks: NONE_ON, openRecent: vi.fn(), clearRecent: vi.fn(), window: () => null });
    applyMenuChecks({ ...NONE_ON, toggleTheme: true, toggleSnap: true });
    expect(byLabel(installed.template!, 'Toggle Dark Theme')?.checked).toBe(true);
    expect(byLabel(installed.template!, 'Toggle Snap to Grid')?.checked).toBe(true);
    expect(byLabel(installed.template!, 'Toggle Minimap')?.checked).toBe(false);
  });
});

describe('installed menu', () => {
  it('delivers a click to the renderer as EVENTS.menuAction', () => {
    const send = vi.fn();
    const window = { isDestroyed: () => false, webContents: { send } };
    installMenu({ platform: 'linux', isDev: false, appName: 'VirtLab', recent: [], checks: NONE_ON, openRecent: vi.fn(), clearRecent: vi.fn(), window: () => window as never });
    click(byLabel(installed.template!, 'Save As…'));
    click(byLabel(installed.template!, 'Run Simulation…'));
    expect(send.mock.calls).toEqual([
      [EVENTS.menuAction, { action: 'saveAs' }],
      [EVENTS.menuAction, { action: 'runSimulation' }],
    ]);
  });

  it('drops the action when there is no live window', () => {
    const send = vi.fn();
    installMenu({ platform: 'linux', isDev: false, appName: 'VirtLab', recent: [], checks: NONE_ON, openRecent: vi.fn(), clearRecent: vi.fn(), window: () => ({ isDestroyed: () => true, webContents: { send } }) as never });
    expect(() => click(byLabel(installed.template!, 'Save'))).not.toThrow();
    expect(send).not.toHaveBeenCalled();
  });
});
