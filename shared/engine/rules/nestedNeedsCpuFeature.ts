import { hasHardwareVirtualization } from '../../model';
import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';

/** Nested hardware virtualization needs a CPU that can hand VT-x/AMD-V to a guest. */
export const nestedNeedsCpuFeature: Rule = {
  id: 'nested-needs-cpu-feature',
  severity: 'error',
  group: 'layering',
  title: 'Nested virtualization needs the host CPU feature',
  explanation:
    'A hypervisor inside a VM needs VT-x/AMD-V as much as one on hardware, but it only sees the virtual CPU its VM was ' +
    'given. The physical CPU must support nesting (VMCS shadowing on Intel, nested paging virtualization on AMD) so the ' +
    'outer hypervisor can pass the extensions through. Without it the inner hypervisor finds no hardware support.',
  subjects: (ctx) => ctx.ix.ofKind('hypervisor'),
  check(ctx, id, report) {
    const h = ctx.nodeOf(id, 'hypervisor');
    if (!h || !ctx.nodeOf(h.parentId, 'vm')) return;
    const host = ctx.hostOf(h.id);
    if (!host) return;
    const hw = hasHardwareVirtualization(host.cpuFeatures);
    if (hw && host.cpuFeatures.includes('nested')) return;
    const lacks = hw ? 'the nested-virtualization feature' : 'VT-x/AMD-V and nested virtualization';
    report({ message: `${named(h)} is nested, but host "${host.name}" (CPU ${host.cpuModel}) lacks ${lacks}.`, targets: [h.id, host.id] });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'hypervisor', add),
};
