import { applyCommand } from '../engine/commands/apply';
import type { Command } from '../engine/commands/types';
import { emptyDesign } from '../engine/design';
import type { Design, EdgeId, Kind, NodeId, PropsOf, RelationKind, RelationPropsByKind, Scenario } from '../model';
import { layoutTree } from './layout';

export interface Point { x: number; y: number }
export interface PlaceOptions {
  /** The element this one runs on (nests in); omit for the canvas, and give `at`. */
  parent?: NodeId;
  /** Position on the canvas, for top-level elements. */
  at?: Point;
  /** How many children this element puts in one row when it is a container. */
  columns?: number;
}

/**
 * A headless builder for templates (after tldraw's TestEditor): every element and connection is
 * made by the engine's own commands, so a template can only contain what a user could build, and
 * a refused command is a template bug that fails loudly. `build()` lays nested elements out
 * inside their parents and returns the design.
 */
export class TemplateBuilder {
  private design: Design = emptyDesign();
  private readonly topLevel = new Map<NodeId, Point>();
  private readonly columns = new Map<NodeId, number>();
  private readonly scenarios: Scenario[] = [];

  /** Adds an element with these properties (the rest from its kind's defaults); returns its id. */
  add<K extends Kind>(kind: K, props: Partial<PropsOf<K>>, place: PlaceOptions = {}): NodeId {
    const events = this.apply({ type: 'addNode', kind, parentId: place.parent ?? null, position: { x: 0, y: 0 }, props: props as Record<string, unknown> });
    const added = events.find((e) => e.type === 'nodeAdded')!;
    if (!place.parent) this.topLevel.set(added.id, place.at ?? { x: 0, y: 0 });
    if (place.columns) this.columns.set(added.id, place.columns);
    return added.id;
  }

  /** Connects two elements; the relation follows from their kinds unless given. */
  connect<R extends RelationKind>(source: NodeId, target: NodeId, props: Partial<RelationPropsByKind[R]> = {}, relation?: R): EdgeId {
    const events = this.apply({ type: 'connect', source, target, relation, props: props as Record<string, unknown> });
    return events.find((e) => e.type === 'edgeAdded')!.id;
  }

  /** Adds a scenario to play against the design. */
  scenario(s: Scenario): void {
    this.scenarios.push(s);
  }

  /** Lays the elements out and returns the finished design. */
  build(): Design {
    const placed = layoutTree(this.design.topology, this.topLevel, this.columns);
    this.apply({ type: 'moveNodes', moves: [...placed].map(([id, p]) => ({ id, ...p })) });
    return { ...this.design, scenarios: [...this.scenarios] };
  }

  private apply(cmd: Command) {
    const r = applyCommand(this.design, cmd);
    if (!r.ok) throw new Error(`Template step ${cmd.type} was refused: ${r.error.message}`);
    this.design = r.value.design;
    return r.value.events;
  }
}
