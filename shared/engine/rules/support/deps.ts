import type { EdgeId, Kind, NodeId, RelationKind } from '../../../model';
import type { ValidationContext } from '../../validation/context';

/**
 * Shared answers to "which subjects may this change affect?". Each is called on the design before
 * and after an edit, so it only has to read one state.
 */

/** The changed id as a node, if it is one in this state. */
export const changedNode = (ctx: ValidationContext, id: string) => ctx.node(id);

/** The endpoints of a changed edge (in this state), or the node itself. */
export function touched(ctx: ValidationContext, id: string): NodeId[] {
  if (ctx.node(id)) return [id as NodeId];
  const e = ctx.edge(id);
  return e ? [e.source, e.target] : [];
}

/** Adds every node of `kind` in the changed node's subtree (itself included). */
export function addSubtreeOfKind(ctx: ValidationContext, id: string, kind: Kind, add: (s: string) => void): void {
  if (!ctx.node(id)) return;
  for (const n of ctx.subtree(id as NodeId)) if (ctx.t.nodes.get(n)!.kind === kind) add(n);
}

/** Adds the changed node if it is of one of these kinds, and its direct children of them. */
export function addSelfAndChildrenOfKind(ctx: ValidationContext, id: string, kinds: readonly Kind[], add: (s: string) => void): void {
  const n = ctx.node(id);
  if (!n) return;
  if (kinds.includes(n.kind)) add(id);
  for (const c of ctx.ix.children(n.id)) if (kinds.includes(c.kind)) add(c.id);
}

/** Adds the host(s) the changed node or edge endpoints run on. */
export function addHosts(ctx: ValidationContext, id: string, add: (s: string) => void): void {
  for (const n of touched(ctx, id)) {
    const h = ctx.hostOf(n);
    if (h) add(h.id);
  }
}

/** Adds the cluster(s) the changed node or edge endpoints belong to. */
export function addClusters(ctx: ValidationContext, id: string, add: (s: string) => void): void {
  for (const n of touched(ctx, id)) {
    const c = ctx.upTo(n, 'cluster');
    if (c) add(c.id);
  }
}

/** Adds the edges of a relation leaving any node of the subtree. */
export function addOutEdgesOfSubtree(ctx: ValidationContext, root: NodeId, relation: RelationKind, add: (s: string) => void): void {
  for (const n of ctx.subtree(root)) for (const e of ctx.ix.out(n)) if (e.relation === relation) add(e.id);
}

/** Adds the edges of a relation arriving at a node. */
export function addInEdges(ctx: ValidationContext, node: NodeId, relation: RelationKind, add: (s: string) => void): void {
  for (const e of ctx.ix.in(node)) if (e.relation === relation) add(e.id);
}

/** Adds the edges of a relation leaving a node. */
export function addOutEdges(ctx: ValidationContext, node: NodeId, relation: RelationKind, add: (s: string) => void): void {
  for (const e of ctx.ix.out(node)) if (e.relation === relation) add(e.id);
}

/**
 * The widest place a change can alter a VM's network view: its host's subtree (hypervisors, vSwitches,
 * guests), the whole cluster when the change sits on the cluster (a distributed switch), or, for
 * elements on no host, everything under the top of their runs-on chain.
 */
export function networkScope(ctx: ValidationContext, id: string): NodeId[] {
  const out: NodeId[] = [];
  for (const n of touched(ctx, id)) {
    const node = ctx.node(n)!;
    if (node.kind === 'physicalSwitch' || node.kind === 'vlan') continue;
    const host = ctx.hostOf(n);
    const cluster = host ? undefined : ctx.upTo(n, 'cluster');
    out.push(host?.id ?? cluster?.id ?? rootOf(ctx, n));
  }
  return out;
}

/** The top of an element's runs-on chain (a floating hypervisor, say, with its VMs and switches). */
function rootOf(ctx: ValidationContext, id: NodeId): NodeId {
  let cur = ctx.node(id);
  for (let depth = 0; cur?.parentId && ctx.node(cur.parentId) && depth < 64; depth++) cur = ctx.node(cur.parentId);
  return cur?.id ?? id;
}

/** Adds the edges of a relation leaving anything in the network scope of the change. */
export function addEdgesInNetworkScope(ctx: ValidationContext, id: string, relation: RelationKind, add: (s: string) => void): void {
  for (const root of networkScope(ctx, id)) addOutEdgesOfSubtree(ctx, root, relation, add);
}

/** Is this id an edge of the relation (in this state)? */
export const isEdgeOf = (ctx: ValidationContext, id: string, relation: RelationKind): boolean => ctx.edge(id)?.relation === relation;

/** Adds the edge itself when it is of the relation. */
export function addSelfEdge(ctx: ValidationContext, id: string, relation: RelationKind, add: (s: string) => void): void {
  if (isEdgeOf(ctx, id, relation)) add(id as EdgeId);
}
