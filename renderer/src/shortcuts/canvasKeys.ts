const ARROWS = ['Left', 'Right', 'Up', 'Down'];

/**
 * Keys that act on the canvas itself rather than running a named action: `shown` is how the
 * shortcuts help writes them, `keys` every chord they take (so a test can keep menu accelerators
 * off them).
 */
export const CANVAS_KEYS: { shown: string; keys: string[]; label: string }[] = [
  { shown: 'Tab / Shift+Tab', keys: ['Tab', 'Shift+Tab'], label: 'Select the next / previous element (canvas focused)' },
  { shown: 'Arrow keys', keys: ARROWS, label: 'Select the nearest element in that direction' },
  { shown: 'Shift+Arrow keys', keys: [...ARROWS.map((a) => `Shift+${a}`), ...ARROWS.map((a) => `Alt+Shift+${a}`)], label: 'Nudge the selection by 8 px (Alt+Shift: 1 px)' },
  { shown: 'Enter', keys: ['Enter'], label: 'On a palette item: add it (into the selected container when it fits)' },
  { shown: 'Shift+F10 / Menu', keys: ['Shift+F10', 'ContextMenu'], label: 'Open the context menu of the selection' },
  { shown: 'Drag on empty canvas', keys: [], label: 'Select with a marquee (Shift+drag adds)' },
  { shown: 'Space+drag / middle drag', keys: ['Space'], label: 'Pan the canvas' },
  { shown: 'Ctrl+click', keys: [], label: 'Add to / remove from the selection' },
];
