import { edgeId, type Design, type Relation } from '../../model';
import { relationFor } from '../queries/connection';
import { ok } from '../result';
import { checkRelationProps } from './checkShape';
import { mergeProps } from './mergeProps';
import { RELATION_DEFAULTS } from './relationDefaults';
import type { Command, CommandResult } from './types';
import type { Draft } from './draft';

/** Connects two elements with the typed relation their kinds allow; refuses with the reason. */
export function connect(d: Design, cmd: Extract<Command, { type: 'connect' }>, draft: Draft): CommandResult {
  const t = d.topology;
  const relation = relationFor(t, cmd.source, cmd.target, cmd.relation);
  if (!relation.ok) return relation;
  const id = edgeId(`edge-${t.nextSeq}`);
  const base = { id, relation: relation.value, source: cmd.source, target: cmd.target, props: { ...RELATION_DEFAULTS[relation.value] } } as Relation;
  const props = mergeProps(base.props, cmd.props ?? {});
  if (!props.ok) return props;
  const checked = checkRelationProps(relation.value, props.value);
  if (!checked.ok) return checked;
  const edge = { ...base, props: props.value } as Relation;
  const edges = draft.writableMap(t.edges).set(id, edge);
  return ok({
    design: { ...d, topology: { ...t, edges, nextSeq: t.nextSeq + 1 } },
    events: [{ type: 'edgeAdded', id, relation: edge.relation, source: edge.source, target: edge.target }],
  });
}
