import type { Rule } from './types';
import { FIX_POSITION, named } from './support/describe';
import { forParentHypervisor, hasDom0 } from './support/xen';

/** Every DomU depends on Dom0 for its creation and its virtual devices. */
export const domuRequiresDom0: Rule = {
  id: 'domu-requires-dom0',
  severity: 'error',
  group: 'xen',
  title: 'A DomU needs a Dom0 on its hypervisor',
  explanation:
    'On Xen every VM is a DomU, an unprivileged domain in ring 1 that cannot touch hardware. Dom0 creates it (toolstack), ' +
    'and its virtual disk and network devices are connected through Dom0’s backend drivers (blkback, netback). A DomU on ' +
    'a Xen hypervisor without Dom0 could never be started or reach a disk.',
  subjects: (ctx) => ctx.ix.ofKind('vm'),
  check(ctx, id, report) {
    const vm = ctx.nodeOf(id, 'vm');
    const hv = ctx.nodeOf(vm?.parentId, 'hypervisor');
    if (!vm || !hv || hv.family !== 'xen' || hasDom0(ctx, hv.id)) return;
    report({
      message: `DomU ${named(vm)} runs on Xen "${hv.name}", which has no Dom0 to create it and serve its devices.`,
      targets: [vm.id, hv.id],
      fixes: [{ label: `Add a Dom0 to "${hv.name}"`, command: { type: 'addNode', kind: 'dom0', parentId: hv.id, position: FIX_POSITION } }],
    });
  },
  affects(ctx, changed, add) {
    const vm = ctx.nodeOf(changed, 'vm');
    if (vm) add(vm.id);
    forParentHypervisor(ctx, changed, (hv) => {
      for (const c of ctx.childrenOfKind(hv, 'vm')) add(c.id);
    });
  },
};
