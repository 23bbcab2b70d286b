import type { Rule } from './types';
import { nameOf } from './support/describe';
import { addInEdges, addOutEdges, addSelfEdge } from './support/deps';

/** S3 object storage has no blocks for a VM to boot from. */
export const objectStorageNotVmDisk: Rule = {
  id: 'object-storage-not-vm-disk',
  severity: 'error',
  group: 'storage',
  title: 'A VM disk is not stored as S3 objects',
  explanation:
    'Object-based storage keeps data as whole objects with metadata behind an HTTP API (AWS S3), rather than as files or ' +
    'blocks. A running VM needs a block device it can read and write at any offset; S3 can hold images and backups, not ' +
    'a live virtual disk. (Ceph is different: its RBD layer turns objects into block devices.)',
  subjects: (ctx) => ctx.ix.ofRelation('backedBy'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'backedBy');
    const pool = ctx.nodeOf(e?.target, 'storagePool');
    if (!e || !pool || pool.poolType !== 'object-s3') return;
    report({ message: `The disk of ${nameOf(ctx, e.source)} is backed by S3 object pool "${pool.name}", which offers no block device.`, targets: [e.id, pool.id] });
  },
  affects(ctx, changed, add) {
    addSelfEdge(ctx, changed, 'backedBy', add);
    const n = ctx.node(changed);
    if (n?.kind === 'storagePool') addInEdges(ctx, n.id, 'backedBy', add);
    if (n?.kind === 'vm') addOutEdges(ctx, n.id, 'backedBy', add);
  },
};
