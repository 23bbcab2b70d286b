import type { Topology } from '../../model';
import type { DomainEvent } from '../commands/types';

/** Ids whose element or connection differs between two topologies (by identity: designs are immutable). */
export function changedIds(prev: Topology, next: Topology): Set<string> {
  const ids = new Set<string>();
  diff(prev.nodes, next.nodes, ids);
  diff(prev.edges, next.edges, ids);
  return ids;
}

function diff<K extends string, V>(prev: ReadonlyMap<K, V>, next: ReadonlyMap<K, V>, into: Set<string>): void {
  if (prev === next) return;
  for (const [id, v] of prev) if (next.get(id) !== v) into.add(id);
  for (const id of next.keys()) if (!prev.has(id)) into.add(id);
}

/**
 * For each id the events touched only through property edits, the keys that changed; ids that were
 * added, removed or moved map to null (anything about them may have changed).
 */
export function changedKeys(events: readonly DomainEvent[]): Map<string, Set<string> | null> {
  const out = new Map<string, Set<string> | null>();
  for (const e of events) {
    // Settings changes concern no one element: the validator re-checks everything when they differ.
    if (e.type === 'nodeMoved' || e.type === 'settingsChanged') continue;
    if (e.type !== 'propsChanged') {
      out.set(e.id, null);
      continue;
    }
    const had = out.get(e.id);
    if (had === null) continue;
    const keys = had ?? new Set<string>();
    for (const k of e.keys) keys.add(k);
    out.set(e.id, keys);
  }
  return out;
}
