import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// The registry reaches the stores (which read localStorage and the colour scheme) but no DOM here.
vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });

const { ACTIONS, actionForKey } = await import('../../../renderer/src/app/actions');
const { MENU_MODEL, WEB_ONLY_ACTIONS, actionsOf, keysOf, shortcutSections } = await import('../../../renderer/src/app/menuModel');
const { CANVAS_KEYS } = await import('../../../renderer/src/shortcuts/canvasKeys');
const { MENU_ACTIONS, MENU_TOGGLES } = await import('../../../shared/ipc/contract');
const { buildMenuTemplate } = await import('../../../electron/main/menu/menuTemplate');

type AppAction = keyof typeof ACTIONS;
type Token = string;

/** Builds the template with a send that records, so each item can be tied to the action it sends. */
function nativeMenus(platform: NodeJS.Platform) {
  let last: string | null = null;
  const template = buildMenuTemplate({ platform, isDev: false, appName: 'VirtLab', recent: [], checks: { toggleMinimap: false, toggleLegend: false, toggleDiagnostics: false, toggleSnap: false, toggleTheme: false }, send: (a) => { last = a; }, openRecent: () => undefined, clearRecent: () => undefined });
  const actionOf = (i: MenuItemConstructorOptions): string | null => {
    if (!i.click || i.role) return null;
    last = null;
    (i.click as () => void)();
    return last;
  };
  const tokens = (list: MenuItemConstructorOptions[]): Token[] => list.flatMap((i): Token[] => {
    if (i.type === 'separator') return ['-'];
    if (Array.isArray(i.submenu)) {
      const inner = tokens(i.submenu);
      return inner.some((t) => t !== '-') ? [`[${i.label!.replace(/&/g, '')}`, ...inner, ']'] : [];
    }
    const a = actionOf(i);
    return a ? [a] : [];
  });
  const items = new Map<string, MenuItemConstructorOptions>();
  const collect = (list: MenuItemConstructorOptions[]) => {
    for (const i of list) {
      if (Array.isArray(i.submenu)) collect(i.submenu);
      const a = actionOf(i);
      if (a) items.set(a, i);
    }
  };
  collect(template);
  return { template, tokens, items };
}

/** Separators only between items: none doubled, none at either end (hidden items leave such gaps). */
function tidy(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t === '-' && (out.length === 0 || out[out.length - 1] === '-' || out[out.length - 1]!.startsWith('['))) continue;
    if (t === ']' && out[out.length - 1] === '-') out.pop();
    out.push(t);
  }
  if (out[out.length - 1] === '-') out.pop();
  return out;
}

type Entry = (typeof MENU_MODEL)[number]['items'][number];
const modelTokens = (entries: readonly Entry[], webOnly: boolean): Token[] => entries.flatMap((e): Token[] => {
  if (e === '-') return ['-'];
  if (typeof e === 'string') return !webOnly && WEB_ONLY_ACTIONS.has(e) ? [] : [e];
  return [`[${e.submenu}`, ...modelTokens(e.items, webOnly), ']'];
});

const plain = (label: string | undefined) => (label ?? '').replace(/&/g, '');
/** Electron's accelerator in the registry's words (Linux/Windows: CmdOrCtrl is Ctrl). */
const fromNative = (accelerator: string) => accelerator.replace('CmdOrCtrl', 'Ctrl');

describe('one menu for both editions', () => {
  it('every menu action is a registered action, and every registered action is in the menus exactly once', () => {
    for (const a of MENU_ACTIONS) expect(ACTIONS[a], a).toBeDefined();
    const inMenus = MENU_MODEL.flatMap((m) => actionsOf(m.items));
    expect(inMenus.filter((a, i) => inMenus.indexOf(a) !== i)).toEqual([]);
    expect([...inMenus].sort()).toEqual(Object.keys(ACTIONS).sort());
    // What the web menu shows beyond the native one is exactly its own file actions.
    expect(inMenus.filter((a) => !(MENU_ACTIONS as readonly string[]).includes(a)).sort()).toEqual([...WEB_ONLY_ACTIONS].sort());
  });

  for (const platform of ['linux', 'win32'] as const) {
    it(`the native menu (${platform}) has the web menu's menus, order, labels and accelerators`, () => {
      const { template, tokens, items } = nativeMenus(platform);
      expect(template.map((m) => plain(m.label))).toEqual(MENU_MODEL.map((m) => m.label));
      MENU_MODEL.forEach((m, i) => {
        expect(tidy(tokens(template[i]!.submenu as MenuItemConstructorOptions[])), m.label).toEqual(tidy(modelTokens(m.items, false)));
      });
      expect([...items.keys()].sort()).toEqual([...MENU_ACTIONS].sort());
      for (const [action, item] of items) {
        const spec = ACTIONS[action as AppAction];
        expect(plain(item.label), action).toBe(spec.label);
        expect(item.accelerator ? fromNative(item.accelerator) : undefined, action).toBe(spec.shortcut);
        // A toggle with a check mark in the web menu is a check box in the native one (ticked from menuChecks).
        expect(item.type === 'checkbox', action).toBe(spec.checked !== undefined);
        if (item.type === 'checkbox') expect(MENU_TOGGLES as readonly string[], action).toContain(action);
      }
    });
  }

  it('the desktop reports the View toggles as the web menu shows them (native check marks)', async () => {
    const { currentMenuChecks } = await import('../../../renderer/src/app/useNativeMenuChecks');
    const { useUi } = await import('../../../renderer/src/store/uiStore');
    const before = currentMenuChecks();
    expect(Object.keys(before)).toEqual([...MENU_TOGGLES]);
    for (const id of MENU_TOGGLES) expect(before[id], id).toBe(ACTIONS[id].checked!());
    useUi.getState().toggleMinimap();
    useUi.getState().setTheme(before.toggleTheme ? 'light' : 'dark');
    expect(currentMenuChecks()).toEqual({ ...before, toggleMinimap: !before.toggleMinimap, toggleTheme: !before.toggleTheme });
  });

  it('the native template sends only actions of the contract', () => {
    const { items } = nativeMenus('darwin');
    for (const a of items.keys()) expect(MENU_ACTIONS as readonly string[]).toContain(a);
  });

  it('the shortcuts help lists every action that has a key, under its menu', () => {
    const sections = shortcutSections(ACTIONS);
    expect(sections.map((s) => s.group)).toEqual(MENU_MODEL.filter((m) => actionsOf(m.items).some((a) => ACTIONS[a].shortcut)).map((m) => m.label));
    const listed = sections.flatMap((s) => s.rows.map((r) => r.label)).sort();
    const keyed = (Object.keys(ACTIONS) as AppAction[]).filter((a) => keysOf(ACTIONS[a]).length > 0).map((a) => ACTIONS[a].label.replace(/…$/, '')).sort();
    expect(listed).toEqual(keyed);
    const view = sections.find((s) => s.group === 'View')!;
    expect(view.rows.find((r) => r.label === 'Zoom to Fit')?.keys).toEqual(['Ctrl+0', 'Shift+1']);
  });
});

// US layout: what a key chord produces as KeyboardEvent.key / code.
const SHIFTED: Record<string, string> = { 1: '!', 2: '@', '/': '?', '=': '+', '-': '_' };
const CODES: Record<string, string> = { '=': 'Equal', '-': 'Minus', '/': 'Slash', '?': 'Slash' };
function chord(text: string) {
  const parts = text === '?' ? ['Shift', '?'] : text.split('+');
  const base = parts[parts.length - 1]!;
  const mods = new Set(parts.slice(0, -1));
  const shiftKey = mods.has('Shift');
  const named: Record<string, string> = { Esc: 'Escape', Delete: 'Delete', Backspace: 'Backspace' };
  let key = named[base] ?? base;
  let code = '';
  if (/^[A-Z]$/.test(base)) { key = shiftKey ? base : base.toLowerCase(); code = `Key${base}`; }
  else if (/^\d$/.test(base)) { key = shiftKey ? SHIFTED[base]! : base; code = `Digit${base}`; }
  else if (base in CODES) { key = shiftKey && base !== '?' ? SHIFTED[base]! : base; code = CODES[base]!; }
  else code = key;
  return { key, code, ctrlKey: mods.has('Ctrl'), metaKey: false, shiftKey, altKey: mods.has('Alt') };
}

/** A chord written in a canonical order, for comparing. */
const norm = (k: string) => {
  const parts = k.split('+');
  const base = parts.pop()!;
  return [...parts.sort(), base].join('+').toLowerCase();
};

describe('keyboard', () => {
  it('the web edition runs every action from the keys its menu item and the help show', () => {
    for (const [id, spec] of Object.entries(ACTIONS)) {
      for (const k of keysOf(spec)) expect(actionForKey(chord(k)), `${k} → ${id}`).toBe(id);
    }
  });

  it('Ctrl+Shift+M and Ctrl+Shift+L toggle the minimap and the theme on the web too', () => {
    expect(actionForKey(chord('Ctrl+Shift+M'))).toBe('toggleMinimap');
    expect(actionForKey(chord('Ctrl+Shift+L'))).toBe('toggleTheme');
    expect(actionForKey(chord('Ctrl+Shift+N'))).toBe('newFromTemplate');
    expect(actionForKey(chord('Ctrl+N'))).toBe('new');
  });

  it('no key runs two things: menu accelerators, other keys, the canvas keys and the menu bar mnemonics are all distinct', () => {
    const owners = new Map<string, string[]>();
    const claim = (key: string, who: string) => owners.set(norm(key), [...(owners.get(norm(key)) ?? []), who]);
    for (const [id, spec] of Object.entries(ACTIONS)) for (const k of keysOf(spec)) claim(k, id);
    for (const c of CANVAS_KEYS) for (const k of c.keys) claim(k, `canvas: ${c.label}`);
    // Alt+<letter> opens a menu of the desktop menu bar (its title's mnemonic).
    for (const m of nativeMenus('linux').template) {
      const letter = /&(\w)/.exec(m.label ?? '')?.[1];
      if (letter) claim(`Alt+${letter.toUpperCase()}`, `menu ${plain(m.label)}`);
    }
    const clashes = [...owners].filter(([, who]) => who.length > 1);
    expect(clashes).toEqual([]);
  });
});
