import { edgeId, nodeId, type Design, type EdgeId, type Element, type NodeId, type NodeLayout, type Relation } from '../../model';
import { ancestorsOf, descendantsOf } from '../queries/nodes';
import { fail, ok } from '../result';
import type { Command, CommandResult, DomainEvent } from './types';
import type { Draft } from './draft';

/** Names are at most 200 characters (the file schema); the suffix must fit. */
const COPY_SUFFIX = ' (copy)';
const MAX_NAME = 200;

/**
 * Copies elements with everything nested in them and the connections among the copies. Copies
 * get new deterministic ids (`${kind}-${nextSeq}`), " (copy)" names and, on network attachments,
 * cleared MAC and IP so they do not clash with the originals. Top-level copies sit `offset` away
 * from their originals, in the same parent; nested copies keep their place inside the copied parent.
 */
export function duplicate(d: Design, cmd: Extract<Command, { type: 'duplicate' }>, draft: Draft): CommandResult {
  const t = d.topology;
  if (cmd.ids.length === 0) return fail('nothing-selected', 'Select at least one element to duplicate.');
  const missing = cmd.ids.find((id) => !t.nodes.has(id));
  if (missing) {
    const why = t.edges.has(missing as string as EdgeId) ? `"${missing}" is a connection: duplicate the elements it joins instead.` : `No element with id "${missing}".`;
    return fail('unknown-node', why);
  }
  if (!Number.isFinite(cmd.offset.x) || !Number.isFinite(cmd.offset.y)) return fail('bad-position', 'The offset must be finite numbers.');

  const picked = new Set<NodeId>(cmd.ids);
  // A selected element inside another selected one is copied once, with its parent.
  const roots = [...picked].filter((id) => !ancestorsOf(t, id).some((a) => picked.has(a.id)));
  const originals: Element[] = roots.flatMap((id) => [t.nodes.get(id)!, ...descendantsOf(t, id)]);

  let seq = t.nextSeq;
  const fresh = (make: (n: number) => string) => {
    let id = make(seq++);
    while (t.nodes.has(id as NodeId) || t.edges.has(id as EdgeId)) id = make(seq++);
    return id;
  };
  const copyOf = new Map<NodeId, NodeId>(originals.map((n) => [n.id, nodeId(fresh((s) => `${n.kind}-${s}`))]));

  const nodes = draft.writableMap(t.nodes);
  const layout: Record<NodeId, NodeLayout> = draft.writable(d.layout);
  const events: DomainEvent[] = [];
  for (const n of originals) {
    const id = copyOf.get(n.id)!;
    const isRoot = !n.parentId || !copyOf.has(n.parentId);
    const parentId = isRoot ? n.parentId : copyOf.get(n.parentId!)!;
    nodes.set(id, { ...n, id, parentId, name: `${n.name.slice(0, MAX_NAME - COPY_SUFFIX.length)}${COPY_SUFFIX}` } as Element);
    const place = d.layout[n.id] ?? { x: 0, y: 0 };
    layout[id] = isRoot ? { ...place, x: place.x + cmd.offset.x, y: place.y + cmd.offset.y } : { ...place };
    events.push({ type: 'nodeAdded', id, kind: n.kind, parentId });
  }

  // The connections to copy are listed before any copy is added (in a batch `edges` may be `t.edges`).
  const originalEdges = [...t.edges.values()];
  const edges = draft.writableMap(t.edges);
  for (const e of originalEdges) {
    const source = copyOf.get(e.source);
    const target = copyOf.get(e.target);
    if (!source || !target) continue;
    const id = edgeId(fresh((s) => `edge-${s}`));
    const props = e.relation === 'attachedTo' ? { ...e.props, ip: '', mac: '' } : { ...e.props };
    edges.set(id, { ...e, id, source, target, props } as Relation);
    events.push({ type: 'edgeAdded', id, relation: e.relation, source, target });
  }
  return ok({ design: { ...d, topology: { ...t, nodes, edges, nextSeq: seq }, layout }, events });
}
