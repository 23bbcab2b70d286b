import { recordOf, type Design, type EdgeId, type Element, type NodeId, type Relation, type Topology } from '../model';

/** A topology as a project file holds it: elements and connections as JSON objects keyed by id. */
export interface StoredTopology extends Omit<Topology, 'nodes' | 'edges'> {
  nodes: Record<NodeId, Element>;
  edges: Record<EdgeId, Relation>;
}

/** A design as a project file holds it (what the schemas check and the repairs mend). */
export interface StoredDesign extends Omit<Design, 'topology'> { topology: StoredTopology }

/** The file form of a design (shares every element, connection and position with it). */
export function storedDesign(d: Design): StoredDesign {
  const { nodes, edges, ...rest } = d.topology;
  return { ...d, topology: { ...rest, nodes: recordOf(nodes), edges: recordOf(edges) } };
}

/**
 * The engine's form of a design read from a file: each element and connection a fresh copy, laid out
 * in memory in file order. JSON.parse leaves a large file's objects where the collector happened to
 * move them mid-parse, and its short strings (ids, kinds) in the string table far from their objects:
 * a full validation of a 10,000-VM design took ~1.9x as long over those objects as over the same design
 * built in memory, and ~1.15x over these copies (~4 µs per record to make: ~0.2 s on a 1.5 s load).
 */
export function designFromStored(s: StoredDesign): Design {
  const { nodes, edges, ...rest } = s.topology;
  return { ...s, topology: { ...rest, nodes: compactMap(nodes), edges: compactMap(edges) } };
}

function compactMap<K extends string, V>(record: Record<K, V>): Map<K, V> {
  const out = new Map<K, V>();
  for (const k of Object.keys(record) as K[]) {
    const v = structuredClone(record[k]);
    out.set((v as { id: K }).id, v);
  }
  return out;
}
