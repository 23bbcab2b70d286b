import { HYPERVISOR_FAMILIES, hasHardwareVirtualization } from '../../model';
import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';

/** KVM, ESXi and Hyper-V only install on CPUs with VT-x or AMD-V. */
export const hypervisorNeedsHwAssist: Rule = {
  id: 'hypervisor-needs-hw-assist',
  severity: 'error',
  group: 'layering',
  title: 'Hardware-assisted hypervisors need VT-x / AMD-V',
  explanation:
    'Classic x86 let some privileged instructions run in user mode without trapping, so a hypervisor could not catch them. ' +
    'Intel VT-x and AMD-V (2006) fixed this in hardware: the hypervisor gets its own privilege level and every sensitive ' +
    'instruction traps to it. KVM, ESXi (today) and Hyper-V are built on this hardware-assisted virtualization and refuse ' +
    'to start without it. Without it, only binary translation (QEMU TCG, old VMware) or Xen para-virtualization works.',
  subjects: (ctx) => ctx.ix.ofKind('hypervisor'),
  check(ctx, id, report) {
    const h = ctx.nodeOf(id, 'hypervisor');
    if (!h || !HYPERVISOR_FAMILIES[h.family]?.requiresHardwareAssist) return;
    const parent = ctx.node(h.parentId);
    if (!parent || (parent.kind !== 'host' && parent.kind !== 'hostOs')) return;
    const host = ctx.hostOf(h.id);
    if (!host || hasHardwareVirtualization(host.cpuFeatures)) return;
    report({
      message: `${named(h)} needs VT-x or AMD-V, but host "${host.name}" (CPU ${host.cpuModel}) has neither.`,
      targets: [h.id, host.id],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'hypervisor', add),
};
