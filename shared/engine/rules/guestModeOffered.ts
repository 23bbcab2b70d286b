import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';
import { serves } from './support/guest';

/** The guest's mode must be one the hypervisor offers. */
export const guestModeOffered: Rule = {
  id: 'guest-mode-offered',
  severity: 'error',
  group: 'guest-modes',
  title: 'The hypervisor offers the guest’s virtualization mode',
  explanation:
    'Hypervisors differ in how they virtualize: full virtualization by binary translation, para-virtualization (modified ' +
    'guests), hardware-assisted virtualization (VT-x/AMD-V) or hybrid (hardware-assisted with para-virtual I/O drivers). ' +
    'An HVM guest needs full, hardware-assisted or hybrid support; a PV guest needs para-virtualization; PVH needs ' +
    'hardware assistance for its container.',
  subjects: (ctx) => ctx.ix.ofKind('vm'),
  check(ctx, id, report) {
    const vm = ctx.nodeOf(id, 'vm');
    const hv = ctx.nodeOf(vm?.parentId, 'hypervisor');
    if (!vm || !hv) return;
    if (vm.mode !== 'hvm' && hv.family !== 'xen') return; // pv-needs-xen says it better
    if (serves(hv.modes, vm.mode)) return;
    const alt = (['hvm', 'pv'] as const).find((m) => (m !== 'pv' || vm.guestOs.pvCapable) && serves(hv.modes, m));
    report({
      message: `${named(vm)} runs in ${vm.mode.toUpperCase()} mode, but "${hv.name}" offers only ${hv.modes.join(', ') || 'no mode'}.`,
      targets: [vm.id, hv.id],
      fixes: alt ? [{ label: `Run "${vm.name}" as ${alt.toUpperCase()}`, command: { type: 'setProps', id: vm.id, props: { mode: alt } } }] : [],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'vm', add),
};
