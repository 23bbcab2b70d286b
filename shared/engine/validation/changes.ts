import type { EdgeId, NodeId, Topology } from '../../model';
import type { DomainEvent } from '../commands/types';

/** Ids whose element or connection differs between two topologies (by identity: designs are immutable). */
export function changedIds(prev: Topology, next: Topology): Set<string> {
  const ids = new Set<string>();
  if (prev.nodes !== next.nodes) {
    for (const id in prev.nodes) if (prev.nodes[id as NodeId] !== next.nodes[id as NodeId]) ids.add(id);
    for (const id in next.nodes) if (!(id in prev.nodes)) ids.add(id);
  }
  if (prev.edges !== next.edges) {
    for (const id in prev.edges) if (prev.edges[id as EdgeId] !== next.edges[id as EdgeId]) ids.add(id);
    for (const id in next.edges) if (!(id in prev.edges)) ids.add(id);
  }
  return ids;
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
