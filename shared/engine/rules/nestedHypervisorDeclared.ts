import type { Command } from '../commands/types';
import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';

/** A hypervisor inside a VM is nested virtualization, and both layers must say so. */
export const nestedHypervisorDeclared: Rule = {
  id: 'nested-hypervisor-declared',
  severity: 'error',
  group: 'layering',
  title: 'Nested virtualization is declared on both layers',
  explanation:
    'A hypervisor running inside a VM is nested virtualization: the outer hypervisor must expose VT-x/AMD-V to that guest ' +
    '(e.g. KVM "nested=1", ESXi "expose hardware-assisted virtualization to the guest OS"), and the inner hypervisor ' +
    'knows it runs one level up. Declare it on the VM (nested virtualization) and on the inner hypervisor (nested) so the ' +
    'design says what the real configuration must enable.',
  subjects: (ctx) => ctx.ix.ofKind('hypervisor'),
  check(ctx, id, report) {
    const h = ctx.nodeOf(id, 'hypervisor');
    const vm = ctx.nodeOf(h?.parentId, 'vm');
    if (!h || !vm || (h.nested && vm.nestedVirtualization)) return;
    const commands: Command[] = [];
    if (!vm.nestedVirtualization) commands.push({ type: 'setProps', id: vm.id, props: { nestedVirtualization: true } });
    if (!h.nested) commands.push({ type: 'setProps', id: h.id, props: { nested: true } });
    const missing = [!vm.nestedVirtualization && `VM "${vm.name}" does not expose virtualization to its guest`, !h.nested && `"${h.name}" is not marked nested`].filter(Boolean);
    report({
      message: `${named(h)} runs inside VM "${vm.name}", but ${missing.join(' and ')}.`,
      targets: [h.id, vm.id],
      fixes: [{ label: 'Declare nested virtualization on both', command: { type: 'batch', label: 'Declare nested virtualization', commands } }],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'hypervisor', add),
};
