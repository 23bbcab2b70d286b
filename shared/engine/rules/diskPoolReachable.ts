import type { Rule } from './types';
import { nameOf } from './support/describe';
import { addEdgesInNetworkScope, addInEdges, addSelfEdge } from './support/deps';
import { POOL_PROTOCOLS } from './support/protocols';

/** A VM's disk lives in a pool its host can reach: local to it, or over a storage path. */
export const diskPoolReachable: Rule = {
  id: 'disk-pool-reachable',
  severity: 'error',
  group: 'storage',
  title: 'A VM’s disk pool is reachable from its host',
  explanation:
    'The hypervisor reads and writes a VM’s virtual disk on the VM’s behalf, so the host must reach the pool that holds ' +
    'it: a pool on its own local disks, or a shared pool over a storage network (SAN over FC/iSCSI, NAS over NFS/SMB). ' +
    'Shared storage reachable from several hosts is also what lets a VM migrate live or restart elsewhere.',
  subjects: (ctx) => ctx.ix.ofRelation('backedBy'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'backedBy');
    const pool = ctx.nodeOf(e?.target, 'storagePool');
    const host = ctx.hostOf(e?.source);
    if (!e || !pool || !host || ctx.hostPools(host.id).has(pool.id)) return;
    const elsewhere = ctx.nodeOf(pool.parentId, 'host');
    report({
      message: elsewhere
        ? `The disk of ${nameOf(ctx, e.source)} is in pool "${pool.name}", the local storage of host "${elsewhere.name}", but the VM runs on host "${host.name}".`
        : `The disk of ${nameOf(ctx, e.source)} is in pool "${pool.name}", which host "${host.name}" has no storage path to.`,
      targets: [e.id, e.source, pool.id, host.id],
      fixes: elsewhere ? [] : [{
        label: `Connect host "${host.name}" to "${pool.name}" over ${POOL_PROTOCOLS[pool.poolType][0]!.toUpperCase()}`,
        command: { type: 'connect', source: host.id, target: pool.id, relation: 'storagePath', props: { protocol: POOL_PROTOCOLS[pool.poolType][0]! } },
      }],
    });
  },
  affects(ctx, changed, add) {
    addSelfEdge(ctx, changed, 'backedBy', add);
    const n = ctx.node(changed);
    if (n?.kind === 'storagePool') addInEdges(ctx, n.id, 'backedBy', add);
    // Messages name the host that owns a local pool.
    if (n?.kind === 'host') for (const p of ctx.childrenOfKind(n.id, 'storagePool')) addInEdges(ctx, p.id, 'backedBy', add);
    addEdgesInNetworkScope(ctx, changed, 'backedBy', add);
  },
};
