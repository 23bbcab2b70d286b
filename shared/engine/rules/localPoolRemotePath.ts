import type { Rule } from './types';
import { addInEdges, addOutEdges, addSelfEdge } from './support/deps';

/** A pool on one host's own disks is not reachable from another host. */
export const localPoolRemotePath: Rule = {
  id: 'local-pool-remote-path',
  severity: 'error',
  group: 'storage',
  title: 'A host’s local storage is not shared',
  explanation:
    'Host-based (server-based) storage virtualization pools the disks inside one server. Other hosts cannot reach those ' +
    'disks: sharing needs network storage — a SAN or NAS, or a virtual SAN product (such as vSAN) that replicates local ' +
    'disks over the network. A storage path from another host to someone else’s local pool does not exist.',
  subjects: (ctx) => ctx.ix.ofRelation('storagePath'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'storagePath');
    const pool = ctx.nodeOf(e?.target, 'storagePool');
    const owner = ctx.nodeOf(pool?.parentId, 'host');
    const from = ctx.nodeOf(e?.source, 'host');
    if (!e || !pool || !owner || !from || owner.id === from.id) return;
    report({
      message: `Host "${from.name}" has a storage path to "${pool.name}", the local storage of host "${owner.name}".`,
      targets: [e.id, pool.id, owner.id],
      fixes: [{ label: 'Remove this storage path', command: { type: 'remove', ids: [e.id] } }],
    });
  },
  affects(ctx, changed, add) {
    addSelfEdge(ctx, changed, 'storagePath', add);
    const n = ctx.node(changed);
    if (n?.kind === 'storagePool') addInEdges(ctx, n.id, 'storagePath', add);
    if (n?.kind === 'host') {
      addOutEdges(ctx, n.id, 'storagePath', add);
      for (const p of ctx.childrenOfKind(n.id, 'storagePool')) addInEdges(ctx, p.id, 'storagePath', add);
    }
  },
};
