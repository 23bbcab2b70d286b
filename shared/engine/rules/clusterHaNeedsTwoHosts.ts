import type { Rule } from './types';
import { addClusters } from './support/deps';

/** HA restarts VMs on another host, so it needs another host. */
export const clusterHaNeedsTwoHosts: Rule = {
  id: 'cluster-ha-needs-two-hosts',
  severity: 'warning',
  group: 'cluster',
  title: 'An HA cluster has at least two running hosts',
  explanation:
    'Aggregation makes several hosts act as one; HA uses that to restart the VMs of a failed host on another one. With a ' +
    'single running host there is nowhere to restart them: when the physical server fails, all its virtual servers go ' +
    'down and stay down.',
  subjects: (ctx) => ctx.ix.ofKind('cluster'),
  check(ctx, id, report) {
    const c = ctx.nodeOf(id, 'cluster');
    if (!c || !c.ha.enabled) return;
    const on = ctx.childrenOfKind(c.id, 'host').filter((h) => h.powerState !== 'off');
    if (on.length >= 2) return;
    report({
      message: `Cluster "${c.name}" has HA on but ${on.length} running host${on.length === 1 ? '' : 's'}: there is nowhere to restart VMs.`,
      targets: [c.id],
      fixes: [{ label: 'Turn HA off', command: { type: 'setProps', id: c.id, props: { ha: { ...c.ha, enabled: false } } } }],
    });
  },
  affects: addClusters,
};
