import type { Element } from './element';
import type { EdgeId, NodeId } from './ids';
import type { Relation } from './relation';
import type { Scenario } from './scenario';
import type { ProjectSettings } from './settings';

/** The design: elements (nodes), typed relations (edges) and project settings. Immutable. */
export interface Topology {
  nodes: Readonly<Record<NodeId, Element>>;
  edges: Readonly<Record<EdgeId, Relation>>;
  settings: ProjectSettings;
  /** Next number handed to a new id; ids are deterministic: `${kind}-${n}`. */
  nextSeq: number;
}

/** Where a node sits on the canvas, relative to its parent (as React Flow sub-flows expect). */
export interface NodeLayout { x: number; y: number; width?: number; height?: number }
export type Layout = Readonly<Record<NodeId, NodeLayout>>;

/** What the engine edits: the topology, its picture and the scenarios played against it. */
export interface Design { topology: Topology; layout: Layout; scenarios: Scenario[] }
