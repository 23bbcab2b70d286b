import type { Rule } from './types';
import { FIX_POSITION, named } from './support/describe';
import { domains, forParentHypervisor } from './support/xen';

/** Xen boots Dom0 first: without it nothing can be managed or reach a device. */
export const xenRequiresDom0: Rule = {
  id: 'xen-requires-dom0',
  severity: 'error',
  group: 'xen',
  title: 'A Xen hypervisor has a Dom0',
  explanation:
    'Xen treats every OS as a domain. Dom0 (domain zero) is the first domain the hypervisor starts: a privileged VM in ' +
    'ring 1 that holds the real device drivers, the toolstack (xl/libxl) that creates and stops the other domains, and ' +
    'QEMU for emulated devices. Xen itself stays small in ring 0 and never talks to most hardware. Without Dom0 there is ' +
    'no way to start a DomU or give it a disk or a network.',
  subjects: (ctx) => ctx.ix.ofKind('hypervisor'),
  check(ctx, id, report) {
    const hv = ctx.nodeOf(id, 'hypervisor');
    if (!hv || hv.family !== 'xen' || domains(ctx, hv).dom0s.length > 0) return;
    report({
      message: `Xen ${named(hv)} has no Dom0 (the control domain it boots first).`,
      targets: [hv.id],
      fixes: [{ label: `Add a Dom0 to "${hv.name}"`, command: { type: 'addNode', kind: 'dom0', parentId: hv.id, position: FIX_POSITION } }],
    });
  },
  affects: (ctx, changed, add) => forParentHypervisor(ctx, changed, add),
};
