import type { Rule } from './types';
import { byId, named } from './support/describe';
import { addHosts } from './support/deps';

/** One hypervisor owns a host's hardware; a second one only fits nested inside a VM. */
export const oneHypervisorPerHost: Rule = {
  id: 'one-hypervisor-per-host',
  severity: 'error',
  group: 'layering',
  title: 'One hypervisor per host',
  explanation:
    'The hypervisor (virtual machine monitor) is the layer that owns the hardware: it runs in the most privileged mode and ' +
    'divides CPU, memory and devices among its guests. Two of them cannot both own one machine — each would expect the ' +
    'privileged mode and VT-x/AMD-V for itself. To run a second hypervisor, run it inside a VM (nested virtualization), ' +
    'which needs the host CPU to expose virtualization to guests.',
  subjects: (ctx) => ctx.ix.ofKind('host'),
  check(ctx, id, report) {
    const host = ctx.nodeOf(id, 'host');
    if (!host) return;
    const hvs = ctx.hypervisorsOnHost(host.id);
    if (hvs.length < 2) return;
    const sorted = [...hvs].sort(byId);
    const empty = sorted.slice(1).filter((h) => ctx.ix.children(h.id).length === 0);
    report({
      message: `Host "${host.name}" runs ${hvs.length} hypervisors (${sorted.map((h) => `"${h.name}"`).join(', ')}); only one can own its hardware.`,
      targets: [host.id, ...sorted.map((h) => h.id)],
      fixes: empty.map((h) => ({ label: `Remove the empty ${named(h)}`, command: { type: 'remove', ids: [h.id] } })),
    });
  },
  affects: addHosts,
};
