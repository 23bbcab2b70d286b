import { nodeId } from '../../model';
import type { Rule } from './types';
import { FIX_POSITION, named } from './support/describe';
import { addSelfAndChildrenOfKind } from './support/deps';

/** A Type-1 (bare-metal) hypervisor sits directly on the hardware, not on a host OS. */
export const type1OnHardware: Rule = {
  id: 'type1-on-hardware',
  severity: 'error',
  group: 'layering',
  title: 'A Type-1 hypervisor runs directly on the hardware',
  explanation:
    'A Type-1 (bare-metal, native) hypervisor such as ESXi, Xen, KVM or Hyper-V is itself the lowest software layer: it runs ' +
    'directly on the hardware in the most privileged mode and controls the CPU, memory and devices, with no base operating ' +
    'system underneath. Only a Type-2 (hosted) hypervisor runs as an application on a host OS. Inside a VM a Type-1 ' +
    'hypervisor is nested virtualization, which is checked separately.',
  subjects: (ctx) => ctx.ix.ofKind('hypervisor'),
  check(ctx, id, report) {
    const h = ctx.nodeOf(id, 'hypervisor');
    if (!h || h.hypervisorType !== 1) return;
    const os = ctx.nodeOf(h.parentId, 'hostOs');
    if (!os) return;
    const host = ctx.nodeOf(os.parentId, 'host');
    report({
      message: `Type-1 ${named(h)} is installed on ${named(os)}; a bare-metal hypervisor runs directly on the host's hardware.`,
      targets: [h.id, os.id],
      fixes: host ? [{ label: `Move "${h.name}" onto host "${host.name}"`, command: { type: 'nestNode', id: h.id, parentId: nodeId(host.id), position: FIX_POSITION } }] : [],
    });
  },
  affects(ctx, changed, add) {
    addSelfAndChildrenOfKind(ctx, changed, ['hypervisor'], add);
    // The fix names the host OS's host.
    const host = ctx.nodeOf(changed, 'host');
    if (host) for (const c of ctx.childrenOfKind(host.id, 'hostOs')) addSelfAndChildrenOfKind(ctx, c.id, ['hypervisor'], add);
  },
};
