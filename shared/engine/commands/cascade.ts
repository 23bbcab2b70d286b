import type { Design, EdgeId, NodeId } from '../../model';
import { removalCascade } from './remove';

/** What a remove takes with it, as ids and as a sentence for a confirmation dialog. */
export interface CascadeDescription {
  /** Every element and connection the remove deletes, asked for or not. */
  nodes: NodeId[];
  edges: EdgeId[];
  /** Only those not asked for: nested elements and the connections touching removed elements. */
  alsoNodes: NodeId[];
  alsoEdges: EdgeId[];
  /** "Removing esx-01 also removes: ESXi, web-1 and 2 connections." */
  text: string;
}

const LISTED = 6;

/** Describes the cascade of removing `ids`: nested elements and connections go with them. */
export function describeCascade(d: Design, ids: readonly (NodeId | EdgeId)[]): CascadeDescription {
  const { nodes, edges } = removalCascade(d, ids);
  const asked = new Set<string>(ids);
  const alsoNodes = nodes.filter((id) => !asked.has(id));
  const alsoEdges = edges.filter((id) => !asked.has(id));
  const label = labeller(d, [...nodes]);

  const askedNodes = nodes.filter((id) => asked.has(id));
  const askedEdges = edges.filter((id) => asked.has(id));
  const subject = join([
    ...(askedNodes.length <= 3 ? askedNodes.map(label) : [count(askedNodes.length, 'element')]),
    ...(askedEdges.length ? [count(askedEdges.length, 'connection')] : []),
  ]);
  const rest = [
    ...alsoNodes.slice(0, LISTED).map(label),
    ...(alsoNodes.length > LISTED ? [count(alsoNodes.length - LISTED, 'more element')] : []),
    ...(alsoEdges.length ? [count(alsoEdges.length, 'connection')] : []),
  ];
  const text = subject === '' ? 'Nothing to remove.'
    : rest.length === 0 ? `Removing ${subject} removes nothing else.`
    : `Removing ${subject} also removes: ${join(rest)}.`;
  return { nodes, edges, alsoNodes, alsoEdges, text };
}

/** Names elements by their name, adding the id where two mentioned elements share a name. */
function labeller(d: Design, ids: NodeId[]): (id: NodeId) => string {
  const seen = new Map<string, number>();
  for (const id of ids) {
    const name = d.topology.nodes.get(id)!.name;
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  return (id) => {
    const name = d.topology.nodes.get(id)!.name.trim();
    if (name === '') return id;
    return (seen.get(d.topology.nodes.get(id)!.name) ?? 0) > 1 ? `${name} (${id})` : name;
  };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const join = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);
