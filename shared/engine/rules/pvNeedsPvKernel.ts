import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';

/** Para-virtualization means a modified guest kernel. */
export const pvNeedsPvKernel: Rule = {
  id: 'pv-needs-pv-kernel',
  severity: 'error',
  group: 'guest-modes',
  title: 'PV guests need a PV-capable kernel',
  explanation:
    'Para-virtualization is not transparent: the guest OS is modified (which needs its source code) so that its kernel, ' +
    'now in ring 1 under Xen in ring 0, replaces privileged instructions with hypercalls. Linux and the BSDs ship such ' +
    'kernels; an unmodified OS such as Windows cannot run PV and must run as HVM (with PV drivers, if wanted).',
  subjects: (ctx) => ctx.ix.ofKind('vm'),
  check(ctx, id, report) {
    const vm = ctx.nodeOf(id, 'vm');
    if (!vm || vm.mode === 'hvm' || vm.guestOs.pvCapable) return;
    report({
      message: `${named(vm)} is ${vm.mode.toUpperCase()}, but its guest OS ${vm.guestOs.osName} has no PV-capable kernel.`,
      targets: [vm.id],
      fixes: [{ label: `Run "${vm.name}" as HVM`, command: { type: 'setProps', id: vm.id, props: { mode: 'hvm' } } }],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'vm', add),
};
