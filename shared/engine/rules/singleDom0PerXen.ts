import type { Rule } from './types';
import { named } from './support/describe';
import { domains, forParentHypervisor } from './support/xen';

/** Exactly one Dom0: the privileged control domain is unique. */
export const singleDom0PerXen: Rule = {
  id: 'single-dom0-per-xen',
  severity: 'error',
  group: 'xen',
  title: 'Exactly one Dom0 per Xen hypervisor',
  explanation:
    'Dom0 is the one privileged domain: first to boot, the only one with direct hardware access and the toolstack that ' +
    'manages every other domain. A second control domain would fight it for the same devices. (Xen can hand some ' +
    'drivers to unprivileged "driver domains", but those are DomUs, not a second Dom0.)',
  subjects: (ctx) => ctx.ix.ofKind('hypervisor'),
  check(ctx, id, report) {
    const hv = ctx.nodeOf(id, 'hypervisor');
    if (!hv || hv.family !== 'xen') return;
    const { dom0s } = domains(ctx, hv);
    if (dom0s.length < 2) return;
    const extra = dom0s.slice(1);
    report({
      message: `Xen ${named(hv)} has ${dom0s.length} Dom0s (${dom0s.map((d) => `"${d.name}"`).join(', ')}); there is exactly one control domain.`,
      targets: [hv.id, ...dom0s.map((d) => d.id)],
      fixes: [{ label: `Keep "${dom0s[0]!.name}", remove ${extra.map((d) => `"${d.name}"`).join(', ')}`, command: { type: 'remove', ids: extra.map((d) => d.id) } }],
    });
  },
  affects: (ctx, changed, add) => forParentHypervisor(ctx, changed, add),
};
