import type { Rule } from './types';
import { named } from './support/describe';
import { addSelfAndChildrenOfKind } from './support/deps';

/** Dom0 is Xen's idea: other hypervisors have no such domain. */
export const dom0OnlyOnXen: Rule = {
  id: 'dom0-only-on-xen',
  severity: 'error',
  group: 'xen',
  title: 'Dom0 belongs to Xen',
  explanation:
    'Dom0 is part of Xen’s architecture: a small hypervisor in ring 0 plus a privileged Linux domain for drivers and ' +
    'management. Other hypervisors are built differently — in KVM the Linux host kernel is the hypervisor and keeps its ' +
    'own drivers; ESXi has its VMkernel; Hyper-V has a "parent partition". A Dom0 on them has no meaning.',
  subjects: (ctx) => ctx.ix.ofKind('dom0'),
  check(ctx, id, report) {
    const d = ctx.nodeOf(id, 'dom0');
    const hv = ctx.nodeOf(d?.parentId, 'hypervisor');
    if (!d || !hv || hv.family === 'xen') return;
    report({
      message: `${named(d)} sits on "${hv.name}" (${hv.family}); only Xen has a Dom0.`,
      targets: [d.id, hv.id],
      fixes: [{ label: `Remove "${d.name}"`, command: { type: 'remove', ids: [d.id] } }],
    });
  },
  affects: (ctx, changed, add) => addSelfAndChildrenOfKind(ctx, changed, ['dom0'], add),
};
