import { kindLabel } from '../../../shared/engine/queries/nesting';
import { removalCascade } from '../../../shared/engine/commands/remove';
import type { Design, EdgeId, NodeId } from '../../../shared/model';

export interface CascadeSummary {
  /** Elements removed beyond the ones asked for (nested in them). */
  extraNodes: number;
  /** Connections removed beyond the ones asked for (touching removed elements). */
  extraEdges: number;
  /** "Removing physical host “esx-1” also removes 3 elements and 2 connections." */
  message: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a removal takes with it, in a sentence, from the engine's own cascade query. */
export function cascadeSummary(design: Design, ids: readonly string[]): CascadeSummary {
  const t = design.topology;
  const asked = new Set(ids);
  const { nodes, edges } = removalCascade(design, ids as (NodeId | EdgeId)[]);
  const extraNodes = nodes.filter((id) => !asked.has(id)).length;
  const extraEdges = edges.filter((id) => !asked.has(id)).length;
  const askedNodes = ids.filter((id) => t.nodes[id as NodeId]);
  const askedEdges = ids.length - askedNodes.length;
  const first = t.nodes[askedNodes[0] as NodeId];
  const subject = askedNodes.length === 1 && askedEdges === 0 && first
    ? `${kindLabel(first.kind)} “${first.name}”`
    : [askedNodes.length ? plural(askedNodes.length, 'element', 'elements') : '', askedEdges ? plural(askedEdges, 'connection', 'connections') : ''].filter(Boolean).join(' and ');
  const extras = [extraNodes ? plural(extraNodes, 'element', 'elements') : '', extraEdges ? plural(extraEdges, 'connection', 'connections') : ''].filter(Boolean);
  const message = extras.length
    ? `Removing ${subject} also removes ${extras.join(' and ')}.`
    : `Remove ${subject}?`;
  return { extraNodes, extraEdges, message: message.charAt(0).toUpperCase() + message.slice(1) };
}
