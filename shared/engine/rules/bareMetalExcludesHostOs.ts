import type { Rule } from './types';
import { byId } from './support/describe';
import { addHosts } from './support/deps';

/** With a bare-metal hypervisor on a host there is no host OS beside it. */
export const bareMetalExcludesHostOs: Rule = {
  id: 'bare-metal-excludes-host-os',
  severity: 'warning',
  group: 'layering',
  title: 'A bare-metal host has no host OS beside its hypervisor',
  explanation:
    'In the reference model the host OS is optional: a Type-1 hypervisor replaces it and boots straight on the hardware. ' +
    'A host OS drawn beside a bare-metal hypervisor cannot boot on the same machine at the same time. In Xen the jobs of a ' +
    'host OS (drivers, management tools) belong to Dom0, a privileged domain on top of the hypervisor; in KVM the Linux ' +
    'kernel itself is the hypervisor.',
  subjects: (ctx) => ctx.ix.ofKind('host'),
  check(ctx, id, report) {
    const host = ctx.nodeOf(id, 'host');
    if (!host) return;
    const bare = ctx.childrenOfKind(host.id, 'hypervisor').filter((h) => h.hypervisorType === 1).sort(byId)[0];
    const oses = ctx.childrenOfKind(host.id, 'hostOs').sort(byId);
    if (!bare || oses.length === 0) return;
    report({
      message: `Host "${host.name}" runs bare-metal hypervisor "${bare.name}" and host OS ${oses.map((o) => `"${o.name}"`).join(', ')} side by side.`,
      targets: [host.id, bare.id, ...oses.map((o) => o.id)],
      fixes: oses.filter((o) => ctx.ix.children(o.id).length === 0)
        .map((o) => ({ label: `Remove the empty host OS "${o.name}"`, command: { type: 'remove' as const, ids: [o.id] } })),
    });
  },
  affects: addHosts,
};
