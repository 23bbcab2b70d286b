import { mapOf, recordOf, type Design, type EdgeId, type Element, type NodeId, type Relation, type Topology } from '../model';

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

/** The engine's form of a design read from a file (shares every element, connection and position with it). */
export function designFromStored(s: StoredDesign): Design {
  const { nodes, edges, ...rest } = s.topology;
  return { ...s, topology: { ...rest, nodes: mapOf(nodes), edges: mapOf(edges) } };
}
