import type { Design, EdgeId, NodeId, Relation } from '../../model';
import { fail, ok } from '../result';
import { checkElement, checkRelationProps } from './checkShape';
import { mergeProps } from './mergeProps';
import type { Command, CommandResult } from './types';
import type { Draft } from './draft';

/** Changes properties of an element or of a connection (its props object). */
export function setProps(d: Design, cmd: Extract<Command, { type: 'setProps' }>, draft: Draft): CommandResult {
  const t = d.topology;
  const keys = Object.keys(cmd.props);
  const node = t.nodes.get(cmd.id as NodeId);
  if (node) {
    const merged = mergeProps(node, cmd.props);
    if (!merged.ok) return merged;
    const checked = checkElement(merged.value);
    if (!checked.ok) return checked;
    const nodes = draft.writableMap(t.nodes).set(node.id, merged.value);
    return ok({
      design: { ...d, topology: { ...t, nodes } },
      events: [{ type: 'propsChanged', id: node.id, keys }],
    });
  }
  const edge = t.edges.get(cmd.id as EdgeId);
  if (!edge) return fail('unknown-element', `No element or connection with id "${cmd.id}".`);
  const merged = mergeProps(edge.props as object, cmd.props);
  if (!merged.ok) return merged;
  const checked = checkRelationProps(edge.relation, merged.value);
  if (!checked.ok) return checked;
  const next = { ...edge, props: merged.value } as Relation;
  const edges = draft.writableMap(t.edges).set(edge.id, next);
  return ok({
    design: { ...d, topology: { ...t, edges } },
    events: [{ type: 'propsChanged', id: edge.id, keys }],
  });
}
