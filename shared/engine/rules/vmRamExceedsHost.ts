import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';
import { guestLimit } from './support/limits';

/** One VM bigger than the machine under it can never fit, whatever the overcommit. */
export const vmRamExceedsHost: Rule = {
  id: 'vm-ram-exceeds-host',
  severity: 'error',
  group: 'capacity',
  title: 'A VM’s RAM fits in its host',
  explanation:
    'A VM’s memory is a slice of its host’s physical RAM mapped into the guest (through the MMU, with EPT/NPT or shadow ' +
    'page tables). Overcommit lets several VMs together promise more than the host has, relying on idle memory; a single ' +
    'VM larger than the whole host would have to live mostly in swap. A nested VM is a slice of its outer VM’s RAM.',
  subjects: (ctx) => ctx.ix.ofKind('vm'),
  check(ctx, id, report) {
    const vm = ctx.nodeOf(id, 'vm');
    const lim = vm && guestLimit(ctx, vm);
    if (!vm || !lim || vm.ramMiB <= lim.ramMiB) return;
    // What is left once the hypervisor under the VM has taken its own overhead.
    const fit = Math.max(256, lim.ramMiB - (ctx.nodeOf(vm.parentId, 'hypervisor')?.overheadRamMiB ?? 0));
    report({
      message: `${named(vm)} has ${vm.ramMiB} MiB of RAM, more than all of ${lim.owner} (${lim.ramMiB} MiB).`,
      targets: [vm.id, lim.ownerId as never],
      fixes: [{ label: `Give "${vm.name}" ${fit} MiB`, command: { type: 'setProps', id: vm.id, props: { ramMiB: fit } } }],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'vm', add),
};
