import { DEFAULT_SETTINGS, type ProjectSettings } from '../model';
import { describeGot } from './repair/describe';
import { claimedId, IdAllocator, rawEntries } from './repair/ids';
import { restoreEdges } from './repair/edges';
import { restoreLayout } from './repair/layout';
import { restoreNodes } from './repair/nodes';
import { restoreParents } from './repair/parents';
import { dropProtoKeys } from './repair/protoKeys';
import { repairValue } from './repair/repairValue';
import { restoreScenarios } from './repair/scenarios';
import { Warnings } from './repair/warnings';
import { settingsSchema } from './settings';
import type { StoredDesign } from './storedDesign';

/** The parts of a (migrated) project file that hold the design, still unchecked. */
export interface RawDesign { topology: Record<string, unknown>; layout: unknown; scenarios: unknown }

/**
 * Repairs a damaged design record by record (after Excalidraw's restore): one bad element never
 * costs the rest. Each repair adds a warning naming what, where and what was done. The result
 * passes the strict design schema.
 */
export function restoreDesign(raw: RawDesign): { design: StoredDesign; warnings: string[] } {
  const w = new Warnings();
  const t = raw.topology;
  for (const k of Object.keys(t)) dropProtoKeys(t[k], k, w);
  dropProtoKeys(raw.layout, 'layout', w);
  dropProtoKeys(raw.scenarios, 'scenarios', w);
  const unknown = Object.keys(t).filter((k) => !TOPOLOGY_KEYS.includes(k));
  if (unknown.length) w.add('topology', `unknown ${unknown.length === 1 ? 'field' : 'fields'} ${unknown.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')} — dropped`);
  const nodeEntries = entriesOf(t.nodes, 'nodes', w);
  const edgeEntries = entriesOf(t.edges, 'edges', w);
  const ids = new IdAllocator([...nodeEntries, ...edgeEntries].map(claimedId), t.nextSeq);

  const nodes = restoreNodes(nodeEntries, ids, w);
  restoreParents(nodes, w);
  const edges = restoreEdges(edgeEntries, nodes, ids, w);
  const settings = repairValue(settingsSchema, t.settings, DEFAULT_SETTINGS, 'settings', w);
  const layout = restoreLayout(raw.layout, nodes, w);
  const scenarios = restoreScenarios(raw.scenarios, w);

  const validSeq = typeof t.nextSeq === 'number' && Number.isSafeInteger(t.nextSeq) && t.nextSeq >= 1 ? t.nextSeq : 1;
  const nextSeq = Math.max(validSeq, ids.nextSeqFor([...Object.keys(nodes), ...Object.keys(edges)]));
  if (t.nextSeq !== nextSeq) {
    const why = validSeq === t.nextSeq ? `${t.nextSeq} would reuse ids already in the design` : `expected a whole number, got ${describeGot(t.nextSeq)}`;
    w.add('nextSeq', `${why} — set to ${nextSeq}`);
  }
  const design: StoredDesign = {
    topology: { nodes, edges, settings: (settings.ok ? settings.value : DEFAULT_SETTINGS) as ProjectSettings, nextSeq },
    layout,
    scenarios,
  };
  return { design, warnings: w.list };
}

function entriesOf(raw: unknown, name: 'nodes' | 'edges', w: Warnings) {
  const entries = rawEntries(raw);
  if (Array.isArray(raw)) w.add(name, `a list instead of a map by id — read ${raw.length} ${raw.length === 1 ? 'item' : 'items'} one by one`);
  if (entries) return entries;
  const what = raw === undefined ? 'missing' : `expected an object, got ${describeGot(raw)}`;
  w.add(name, `${what} — the design has no ${name === 'nodes' ? 'elements' : 'connections'}`);
  return [];
}

const TOPOLOGY_KEYS = ['nodes', 'edges', 'settings', 'nextSeq'];
