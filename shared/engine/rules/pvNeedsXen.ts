import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';
import { guestPlatform } from './support/guest';

/** PV and PVH guests are Xen's: other hypervisors have no hypercall interface for them. */
export const pvNeedsXen: Rule = {
  id: 'pv-needs-xen',
  severity: 'error',
  group: 'guest-modes',
  title: 'PV and PVH guests need Xen',
  explanation:
    'Para-virtualization exposes a software interface instead of emulated hardware: the guest kernel is modified to ask ' +
    'the hypervisor for privileged services by hypercalls (like system calls, one level down). Xen defines that interface ' +
    '(PV, and PVH which boots a PV kernel inside a hardware-assisted container). KVM, ESXi or Hyper-V guests run as HVM, ' +
    'with at most para-virtual drivers for I/O (hybrid virtualization).',
  subjects: (ctx) => ctx.ix.ofKind('vm'),
  check(ctx, id, report) {
    const vm = ctx.nodeOf(id, 'vm');
    if (!vm || vm.mode === 'hvm') return;
    const p = guestPlatform(ctx, vm);
    if (!p || p.hypervisor.family === 'xen') return;
    report({
      message: `${named(vm)} is ${vm.mode.toUpperCase()} but runs on "${p.hypervisor.name}" (${p.hypervisor.family}), which has no Xen hypercall interface.`,
      targets: [vm.id, p.hypervisor.id],
      fixes: [{ label: `Run "${vm.name}" as HVM`, command: { type: 'setProps', id: vm.id, props: { mode: 'hvm' } } }],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'vm', add),
};
