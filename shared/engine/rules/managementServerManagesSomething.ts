import type { Rule } from './types';
import { named } from './support/describe';

/** A management server is the control plane for hosts; with nothing to manage it does nothing. */
export const managementServerManagesSomething: Rule = {
  id: 'management-server-manages-something',
  severity: 'warning',
  group: 'services',
  title: 'A management server manages something',
  explanation:
    'A management server (vCenter / VirtualCenter, Xen Orchestra, virt-manager, SCVMM) is the central point for ' +
    'configuring a virtual environment: it talks to the hypervisors, and runs the cluster services — HA, DRS, backup, ' +
    'live migration. Connect it to the clusters, hosts or hypervisors it controls.',
  subjects: (ctx) => ctx.ix.ofKind('managementServer'),
  check(ctx, id, report) {
    const m = ctx.nodeOf(id, 'managementServer');
    if (!m || ctx.outOf(m.id, 'manages').length > 0) return;
    report({ message: `${named(m)} manages nothing: connect it to the clusters or hosts it controls.`, targets: [m.id] });
  },
  affects(ctx, changed, add) {
    if (ctx.nodeOf(changed, 'managementServer')) add(changed);
    const e = ctx.edgeOf(changed, 'manages');
    if (e) add(e.source);
  },
};
