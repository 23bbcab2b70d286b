import type { Rule } from './types';
import { nameOf } from './support/describe';
import { addOutEdges, addSelfEdge } from './support/deps';

/** A virtual disk cannot hold more than its own size. */
export const diskWrittenExceedsSize: Rule = {
  id: 'disk-written-exceeds-size',
  severity: 'error',
  group: 'storage',
  title: 'A disk holds no more than its size',
  explanation:
    'A virtual disk is a logical block device of a fixed size carved from a pool. A thin disk starts empty and grows as ' +
    'the guest writes, but never beyond the size the guest sees; a thick disk is allocated at its full size from the ' +
    'start. Written data larger than the disk is impossible.',
  subjects: (ctx) => ctx.ix.ofRelation('backedBy'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'backedBy');
    if (!e || e.props.writtenGiB <= e.props.sizeGiB) return;
    report({
      message: `The disk of VM ${nameOf(ctx, e.source)} on ${nameOf(ctx, e.target)} has ${e.props.writtenGiB} GiB written but is only ${e.props.sizeGiB} GiB.`,
      targets: [e.id, e.source],
      fixes: [{ label: `Grow the disk to ${Math.ceil(e.props.writtenGiB)} GiB`, command: { type: 'setProps', id: e.id, props: { sizeGiB: Math.ceil(e.props.writtenGiB) } } }],
    });
  },
  affects(ctx, changed, add) {
    addSelfEdge(ctx, changed, 'backedBy', add);
    const n = ctx.node(changed);
    if (n?.kind === 'vm') addOutEdges(ctx, n.id, 'backedBy', add);
    if (n?.kind === 'storagePool') for (const e of ctx.ix.in(n.id)) if (e.relation === 'backedBy') add(e.id);
  },
};
