import type { Element } from './element';
import type { EdgeId, NodeId } from './ids';
import type { Relation } from './relation';
import type { Scenario } from './scenario';
import type { ProjectSettings } from './settings';

/**
 * The design: elements (nodes), typed relations (edges) and project settings. Immutable.
 * Elements and connections are Maps (a project file holds them as JSON objects: see
 * `schema/storedDesign.ts`): a Map enumerates without sorting its keys and copies in a fraction of
 * the time a 30,000-entry object takes, which a full validation and every edit pay for.
 */
export interface Topology {
  nodes: ReadonlyMap<NodeId, Element>;
  edges: ReadonlyMap<EdgeId, Relation>;
  settings: ProjectSettings;
  /** Next number handed to a new id; ids are deterministic: `${kind}-${n}`. */
  nextSeq: number;
}

/** Where a node sits on the canvas, relative to its parent (as React Flow sub-flows expect). */
export interface NodeLayout { x: number; y: number; width?: number; height?: number }
export type Layout = Readonly<Record<NodeId, NodeLayout>>;

/** What the engine edits: the topology, its picture and the scenarios played against it. */
export interface Design { topology: Topology; layout: Layout; scenarios: Scenario[] }

/** A Map of a record's entries (in its key order): how records from a file or a test become a topology's. */
export function mapOf<K extends string, V>(record: Readonly<Partial<Record<K, V>>>): Map<K, V> {
  return new Map(Object.entries(record) as [K, V][]);
}

/** A record of a Map's entries (in its order): how a topology's elements and connections are written as JSON. */
export function recordOf<K extends string, V>(map: ReadonlyMap<K, V>): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const [k, v] of map) {
    // An own property even for the key "__proto__" (assignment would set the prototype).
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}
