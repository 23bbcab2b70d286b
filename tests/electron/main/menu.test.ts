import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const installed: { template: MenuItemConstructorOptions[] | null } = { template: null };
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => (installed.template = menu.template),
  },
}));

const { buildMenuTemplate } = await import('../../../electron/main/menu/menuTemplate');
const { installMenu } = await import('../../../electron/main/menu/installMenu');
const { EVENTS, MENU_ACTIONS } = await import('../../../shared/ipc/contract');

type Ctx = Parameters<typeof buildMenuTemplate>[0];
const baseCtx = (over: Partial<Ctx> = {}): Ctx => ({
  platform: 'linux', isDev: false, appName: 'VirtLab', recent: [], send: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), ...over,
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
      'New Project': 'CmdOrCtrl+N', 'Open…': 'CmdOrCtrl+O', Save: 'CmdOrCtrl+S', 'Save As…': 'CmdOrCtrl+Shift+S',
      Undo: 'CmdOrCtrl+Z', Redo: 'Ctrl+Y', Cut: 'CmdOrCtrl+X', Copy: 'CmdOrCtrl+C', Paste: 'CmdOrCtrl+V', Delete: 'Delete',
      'Select All': 'CmdOrCtrl+A', 'Zoom In': 'CmdOrCtrl+=', 'Zoom Out': 'CmdOrCtrl+-', 'Run Simulation': 'F5',
    };
    for (const [label, accelerator] of Object.entries(expected)) expect(byLabel(linux, label)?.accelerator, label).toBe(accelerator);
    expect(byLabel(linux, 'Quit')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    const mac = buildMenuTemplate(baseCtx({ platform: 'darwin' }));
    expect(byLabel(mac, 'Redo')?.accelerator).toBe('Cmd+Shift+Z');
    expect(mac[0]!.label).toBe('VirtLab');
    expect(flatten(mac).filter((i) => i.role === 'quit')).toHaveLength(1);
  });

  it('leaves text-editing keys to the page (shown, not registered), so text fields keep working', () => {
    const items = buildMenuTemplate(baseCtx());
    for (const label of ['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Delete', 'Select All']) {
      expect(byLabel(items, label)?.registerAccelerator, label).toBe(false);
    }
    expect(byLabel(items, 'Save')?.registerAccelerator).toBeUndefined();
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

describe('installed menu', () => {
  it('delivers a click to the renderer as EVENTS.menuAction', () => {
    const send = vi.fn();
    const window = { isDestroyed: () => false, webContents: { send } };
    installMenu({ platform: 'linux', isDev: false, appName: 'VirtLab', recent: [], openRecent: vi.fn(), clearRecent: vi.fn(), window: () => window as never });
    click(byLabel(installed.template!, 'Save As…'));
    click(byLabel(installed.template!, 'Run Simulation'));
    expect(send.mock.calls).toEqual([
      [EVENTS.menuAction, { action: 'saveAs' }],
      [EVENTS.menuAction, { action: 'runSimulation' }],
    ]);
  });

  it('drops the action when there is no live window', () => {
    const send = vi.fn();
    installMenu({ platform: 'linux', isDev: false, appName: 'VirtLab', recent: [], openRecent: vi.fn(), clearRecent: vi.fn(), window: () => ({ isDestroyed: () => true, webContents: { send } }) as never });
    expect(() => click(byLabel(installed.template!, 'Save'))).not.toThrow();
    expect(send).not.toHaveBeenCalled();
  });
});
