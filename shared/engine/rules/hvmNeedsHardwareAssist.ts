import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';
import { guestPlatform } from './support/guest';

/** HVM guests need VT-x/AMD-V unless the hypervisor can fall back to binary translation. */
export const hvmNeedsHardwareAssist: Rule = {
  id: 'hvm-needs-hardware-assist',
  severity: 'error',
  group: 'guest-modes',
  title: 'HVM guests need VT-x / AMD-V',
  explanation:
    'An HVM (hardware virtual machine) guest is an unmodified OS run by hardware-assisted virtualization: the CPU traps ' +
    'its privileged instructions to the hypervisor (VT-x/AMD-V). Without those extensions, full virtualization is only ' +
    'possible by binary translation (dynamic recompilation of the guest’s sensitive instructions), and PVH needs them ' +
    'always. Para-virtualization is the other way out: a modified guest kernel calls the hypervisor by hypercalls.',
  subjects: (ctx) => ctx.ix.ofKind('vm'),
  check(ctx, id, report) {
    const vm = ctx.nodeOf(id, 'vm');
    if (!vm || vm.mode === 'pv') return;
    const p = guestPlatform(ctx, vm);
    if (!p || !p.host || p.hostHasHw) return;
    const { hypervisor: hv, host } = p;
    if (vm.mode === 'hvm' && hv.modes.includes('full-bt')) return;
    const canPv = hv.family === 'xen' && vm.guestOs.pvCapable;
    report({
      message: `${named(vm)} runs in ${vm.mode.toUpperCase()} mode on "${hv.name}", but host "${host.name}" (CPU ${host.cpuModel}) has no VT-x/AMD-V${vm.mode === 'hvm' ? ' and the hypervisor offers no binary translation' : ''}.`,
      targets: [vm.id, host.id, hv.id],
      fixes: canPv ? [{ label: `Run "${vm.name}" para-virtualized (PV)`, command: { type: 'setProps', id: vm.id, props: { mode: 'pv' } } }] : [],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'vm', add),
};
