import { kindLabel } from '../../../shared/engine/queries/nesting';
import { relationFor } from '../../../shared/engine/queries/connection';
import { RELATION_ENDS, type Kind, type NodeId, type RelationKind, type Topology } from '../../../shared/model';

const RELATIONS = Object.keys(RELATION_ENDS) as RelationKind[];

/** Can an element of this kind start a connection (it is the source of some relation)? */
export const canStartConnection = (kind: Kind): boolean => RELATIONS.some((r) => RELATION_ENDS[r].sources.includes(kind));

/** Can an element of this kind end a connection? */
export const canEndConnection = (kind: Kind): boolean => RELATIONS.some((r) => RELATION_ENDS[r].targets.includes(kind));

const joinOr = (kinds: readonly Kind[]) => kinds.map(kindLabel).join(' or ');

/** Tooltip of a node's outgoing handle: where a drag from it may go, from the model's relation table. */
export function outgoingHint(kind: Kind): string {
  const ways = RELATIONS.filter((r) => RELATION_ENDS[r].sources.includes(kind))
    .map((r) => `${RELATION_ENDS[r].label} a ${joinOr(RELATION_ENDS[r].targets)}`);
  return ways.length ? `Drag to connect: ${ways.join('; ')}.` : '';
}

/** Tooltip of a node's incoming handle. */
export function incomingHint(kind: Kind): string {
  const ways = RELATIONS.filter((r) => RELATION_ENDS[r].targets.includes(kind))
    .map((r) => `a ${joinOr(RELATION_ENDS[r].sources)} ${RELATION_ENDS[r].label} it`);
  return ways.length ? `Connections in: ${ways.join('; ')}.` : '';
}

/**
 * Every relation the engine would accept between two elements. Usually one; when several fit,
 * the canvas asks which one the user means.
 */
export function relationsBetween(t: Topology, source: NodeId, target: NodeId): RelationKind[] {
  return RELATIONS.filter((r) => relationFor(t, source, target, r).ok);
}
