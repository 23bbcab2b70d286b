import { describe, expect, it, vi } from 'vitest';

// The actions module reaches the canvas and stores; only the key map and the registry are tested here.
vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });

const { EDITOR_ACTIONS, EDITOR_ACTION_IDS, editorActionForKey } = await import('../../../renderer/src/editing/editorActions');

const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean; code: string }> = {}) =>
  ({ key: k, code: mods.code ?? '', ctrlKey: !!mods.ctrlKey, metaKey: !!mods.metaKey, shiftKey: !!mods.shiftKey, altKey: !!mods.altKey });

describe('editor actions', () => {
  it('map the standard shortcuts', () => {
    expect(editorActionForKey(key('c', { ctrlKey: true }))).toBe('copy');
    expect(editorActionForKey(key('v', { metaKey: true }))).toBe('paste');
    expect(editorActionForKey(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(editorActionForKey(key('x', { ctrlKey: true }))).toBe('cut');
    expect(editorActionForKey(key('k', { ctrlKey: true }))).toBe('commandPalette');
    expect(editorActionForKey(key('f', { ctrlKey: true }))).toBe('search');
    expect(editorActionForKey(key('?', { shiftKey: true }))).toBe('shortcuts');
    expect(editorActionForKey(key('F2'))).toBe('rename');
    expect(editorActionForKey(key('F', { altKey: true, shiftKey: true, code: 'KeyF' }))).toBe('autoLayout');
    expect(editorActionForKey(key('F8'))).toBe('nextProblem');
    expect(editorActionForKey(key('F8', { shiftKey: true }))).toBe('previousProblem');
    expect(editorActionForKey(key('/', { ctrlKey: true }))).toBe('shortcuts');
    expect(editorActionForKey(key('å', { altKey: true, code: 'KeyA' }))).toBe('alignLeft');
    expect(editorActionForKey(key('H', { altKey: true, shiftKey: true, code: 'KeyH' }))).toBe('distributeH');
    expect(editorActionForKey(key('!', { shiftKey: true, code: 'Digit1' }))).toBe('fitView');
    expect(editorActionForKey(key('a'))).toBeNull();
  });

  it('every action has a label and no two share a shortcut', () => {
    const shortcuts = EDITOR_ACTION_IDS.map((id) => EDITOR_ACTIONS[id].shortcut).filter(Boolean);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    for (const id of EDITOR_ACTION_IDS) expect(EDITOR_ACTIONS[id].label.length).toBeGreaterThan(2);
  });
});
