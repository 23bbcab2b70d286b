import type { Rule } from './types';
import { addInEdges, addOutEdgesOfSubtree, addSelfEdge } from './support/deps';

/** A pool's desktops run on the cluster the pool is defined on. */
export const desktopPoolMembersInCluster: Rule = {
  id: 'desktop-pool-members-in-cluster',
  severity: 'warning',
  group: 'services',
  title: 'Desktops run in their pool’s cluster',
  explanation:
    'A VDI desktop pool is provisioned on a cluster: the connection broker starts, balances and restarts its desktop VMs ' +
    'on that cluster’s hosts, using its shared storage and networks. A desktop VM running outside the pool’s cluster is ' +
    'out of the broker’s reach.',
  subjects: (ctx) => ctx.ix.ofRelation('memberOf'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'memberOf');
    const pool = ctx.nodeOf(e?.target, 'desktopPool');
    const cluster = ctx.nodeOf(pool?.parentId, 'cluster');
    const vm = ctx.nodeOf(e?.source, 'vm');
    if (!e || !pool || !cluster || !vm) return;
    const at = ctx.upTo(vm.id, 'cluster');
    if (at?.id === cluster.id) return;
    report({
      message: `Desktop VM "${vm.name}" of pool "${pool.name}" runs ${at ? `in cluster "${at.name}"` : 'outside any cluster'}, not in the pool’s cluster "${cluster.name}".`,
      targets: [e.id, vm.id, pool.id],
    });
  },
  affects(ctx, changed, add) {
    addSelfEdge(ctx, changed, 'memberOf', add);
    const n = ctx.node(changed);
    if (!n) return;
    if (n.kind === 'desktopPool') addInEdges(ctx, n.id, 'memberOf', add);
    if (n.kind === 'cluster') for (const p of ctx.childrenOfKind(n.id, 'desktopPool')) addInEdges(ctx, p.id, 'memberOf', add);
    addOutEdgesOfSubtree(ctx, n.id, 'memberOf', add);
  },
};
