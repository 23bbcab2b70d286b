import { DEFAULT_SETTINGS, type Design } from '../model';

/** An empty design with default settings. */
export const emptyDesign = (): Design => ({
  topology: { nodes: new Map(), edges: new Map(), settings: { ...DEFAULT_SETTINGS }, nextSeq: 1 },
  layout: {},
  scenarios: [],
});
