import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';
import { guestLimit } from './support/limits';

/** A VM cannot have more vCPUs than the threads below it: they must run at the same time. */
export const vmVcpusExceedThreads: Rule = {
  id: 'vm-vcpus-exceed-threads',
  severity: 'error',
  group: 'capacity',
  title: 'A VM has no more vCPUs than its host has threads',
  explanation:
    'Overcommit shares threads among many VMs over time, but one VM’s vCPUs are scheduled together (a guest OS expects ' +
    'all its CPUs to make progress; spinlocks stall otherwise). A VM with more vCPUs than the host has hardware threads ' +
    'can never have them all running at once — hypervisors refuse to power it on. A nested VM is limited by its outer ' +
    'VM’s vCPUs in the same way.',
  subjects: (ctx) => ctx.ix.ofKind('vm'),
  check(ctx, id, report) {
    const vm = ctx.nodeOf(id, 'vm');
    const lim = vm && guestLimit(ctx, vm);
    if (!vm || !lim || vm.vcpus <= lim.threads) return;
    report({
      message: `${named(vm)} has ${vm.vcpus} vCPUs, but ${lim.owner} has only ${lim.threads} ${lim.owner.startsWith('VM') ? 'vCPUs' : 'hardware threads'}.`,
      targets: [vm.id, lim.ownerId as never],
      fixes: [{ label: `Give "${vm.name}" ${lim.threads} vCPUs`, command: { type: 'setProps', id: vm.id, props: { vcpus: lim.threads } } }],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'vm', add),
};
