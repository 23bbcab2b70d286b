import type { Rule } from './types';
import { nameOf } from './support/describe';
import { addInEdges, addOutEdges, addSelfEdge } from './support/deps';
import { POOL_PROTOCOLS, STORAGE_CLASS } from './support/protocols';

/** Block storage is not mounted as NFS; file storage is not a LUN. */
export const storageProtocolMatchesPool: Rule = {
  id: 'storage-protocol-matches-pool',
  severity: 'error',
  group: 'storage',
  title: 'The storage path speaks the pool’s protocol',
  explanation:
    'Storage virtualization comes in levels. Block-level storage (a SAN over Fibre Channel or iSCSI) hands the host raw ' +
    'logical blocks (LUNs) on which the host builds its own file system (e.g. VMFS). File-level storage (NAS over NFS or ' +
    'SMB) serves files and folders from the array’s file system. Object storage (S3, Ceph) stores objects through an ' +
    'API. A block LUN cannot be mounted over NFS, nor an NFS export attached as a LUN.',
  subjects: (ctx) => ctx.ix.ofRelation('storagePath'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'storagePath');
    const pool = ctx.nodeOf(e?.target, 'storagePool');
    if (!e || !pool) return;
    const allowed = POOL_PROTOCOLS[pool.poolType];
    if (allowed.includes(e.props.protocol)) return;
    const p = allowed[0]!;
    report({
      message: `Host ${nameOf(ctx, e.source)} reaches "${pool.name}", ${STORAGE_CLASS[pool.poolType]}, over ${e.props.protocol.toUpperCase()}; it is served over ${allowed.map((x) => x.toUpperCase()).join(' or ')}.`,
      targets: [e.id, pool.id],
      fixes: [{ label: `Use ${p.toUpperCase()}`, command: { type: 'setProps', id: e.id, props: { protocol: p } } }],
    });
  },
  affects(ctx, changed, add) {
    addSelfEdge(ctx, changed, 'storagePath', add);
    const n = ctx.node(changed);
    if (n?.kind === 'storagePool') addInEdges(ctx, n.id, 'storagePath', add);
    if (n?.kind === 'host') addOutEdges(ctx, n.id, 'storagePath', add);
  },
};
