import type { Rule } from './types';
import { named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';
import { guestPlatform } from './support/guest';

/** Without VT-x/AMD-V an HVM guest still runs, by binary translation: slower. */
export const binaryTranslationFallback: Rule = {
  id: 'binary-translation-fallback',
  severity: 'info',
  group: 'guest-modes',
  title: 'Full virtualization by binary translation',
  explanation:
    'Full virtualization runs an unmodified guest OS as if on real hardware. Before VT-x/AMD-V, VMware did it by direct ' +
    'execution of ordinary instructions and binary translation of the sensitive ones; QEMU TCG and VirtualBox can still do ' +
    'so. It works on this host, but every sensitive instruction is rewritten in software, so the guest runs noticeably ' +
    'slower than with hardware assistance.',
  subjects: (ctx) => ctx.ix.ofKind('vm'),
  check(ctx, id, report) {
    const vm = ctx.nodeOf(id, 'vm');
    if (!vm || vm.mode !== 'hvm') return;
    const p = guestPlatform(ctx, vm);
    if (!p || !p.host || p.hostHasHw || !p.hypervisor.modes.includes('full-bt')) return;
    report({
      message: `${named(vm)} runs by binary translation on "${p.hypervisor.name}": host "${p.host.name}" has no VT-x/AMD-V.`,
      targets: [vm.id, p.host.id],
    });
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'vm', add),
};
