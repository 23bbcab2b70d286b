import type { Rule } from './types';
import { named } from './support/describe';

/** VDI: the desktops users reach are VMs in the data centre. */
export const desktopPoolHasDesktops: Rule = {
  id: 'desktop-pool-has-desktops',
  severity: 'warning',
  group: 'services',
  title: 'A desktop pool has desktops',
  explanation:
    'Desktop virtualization (VDI) runs users’ desktops as VMs on central servers; users reach them from any device over ' +
    'a remote display protocol (RDP, VNC, ICA, PCoIP, Blast). A desktop pool is the set of those VMs. Mark the VMs that ' +
    'serve as its desktops (connect them to the pool).',
  subjects: (ctx) => ctx.ix.ofKind('desktopPool'),
  check(ctx, id, report) {
    const p = ctx.nodeOf(id, 'desktopPool');
    if (!p || ctx.inOf(p.id, 'memberOf').length > 0) return;
    report({ message: `${named(p)} has no desktops: connect the VMs that serve its ${p.clients} client(s).`, targets: [p.id] });
  },
  affects(ctx, changed, add) {
    if (ctx.nodeOf(changed, 'desktopPool')) add(changed);
    const e = ctx.edgeOf(changed, 'memberOf');
    if (e) add(e.target);
  },
};
