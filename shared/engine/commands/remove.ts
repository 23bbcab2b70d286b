import type { Design, EdgeId, NodeId } from '../../model';
import { descendantsOf } from '../queries/nodes';
import { fail, ok } from '../result';
import type { Command, CommandResult, DomainEvent } from './types';
import type { Draft } from './draft';

/** What removing these ids takes with it: nested elements and every connection touching them. */
export function removalCascade(d: Design, ids: readonly (NodeId | EdgeId)[]): { nodes: NodeId[]; edges: EdgeId[] } {
  const t = d.topology;
  const nodes = new Set<NodeId>();
  const edges = new Set<EdgeId>();
  for (const id of ids) {
    if (t.nodes.has(id as NodeId)) {
      nodes.add(id as NodeId);
      for (const c of descendantsOf(t, id as NodeId)) nodes.add(c.id);
    } else if (t.edges.has(id as EdgeId)) edges.add(id as EdgeId);
  }
  if (nodes.size) {
    for (const e of t.edges.values()) if (nodes.has(e.source) || nodes.has(e.target)) edges.add(e.id);
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** Removes elements and connections; the cascade (children, edges) is spelled out in the events. */
export function remove(d: Design, cmd: Extract<Command, { type: 'remove' }>, draft: Draft): CommandResult {
  const t = d.topology;
  const unknown = cmd.ids.find((id) => !t.nodes.has(id as NodeId) && !t.edges.has(id as EdgeId));
  if (unknown) return fail('unknown-element', `No element or connection with id "${unknown}".`);
  const asked = new Set<string>(cmd.ids);
  const { nodes, edges } = removalCascade(d, cmd.ids);
  // In a batch these may be `t`'s own records: every read of `t` below happens before the entry goes.
  const nextNodes = draft.writableMap(t.nodes);
  const nextEdges = draft.writableMap(t.edges);
  const layout = draft.writable(d.layout);
  const events: DomainEvent[] = [];
  for (const id of edges) {
    nextEdges.delete(id);
    events.push({ type: 'edgeRemoved', id, cascade: !asked.has(id) });
  }
  for (const id of nodes) {
    events.push({ type: 'nodeRemoved', id, kind: t.nodes.get(id)!.kind, cascade: !asked.has(id) });
    nextNodes.delete(id);
    delete layout[id];
  }
  return ok({ design: { ...d, topology: { ...t, nodes: nextNodes, edges: nextEdges }, layout }, events });
}
