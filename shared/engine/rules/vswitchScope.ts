import type { Rule } from './types';
import { FIX_POSITION, named } from './support/describe';
import { addSubtreeOfKind } from './support/deps';

/** A standard switch lives in one hypervisor; a distributed one spans a cluster. */
export const vswitchScope: Rule = {
  id: 'vswitch-scope',
  severity: 'warning',
  group: 'network',
  title: 'Standard switches sit on a hypervisor, distributed ones on a cluster',
  explanation:
    'A standard virtual switch (or Open vSwitch, or a Linux bridge) is software inside one hypervisor: it connects that ' +
    'host’s VMs and uplinks. A distributed switch is one switch defined once by the management server and spread over ' +
    'every host of a cluster, so VMs keep their network when they migrate between hosts.',
  subjects: (ctx) => ctx.ix.ofKind('vswitch'),
  check(ctx, id, report) {
    const s = ctx.nodeOf(id, 'vswitch');
    const parent = ctx.node(s?.parentId);
    if (!s || !parent) return;
    if (s.switchKind === 'distributed' && parent.kind === 'hypervisor') {
      const cluster = ctx.hostOf(parent.id) && ctx.nodeOf(ctx.hostOf(parent.id)!.parentId, 'cluster');
      report({
        message: `Distributed ${named(s)} sits inside one hypervisor ("${parent.name}"); a distributed switch spans a cluster.`,
        targets: [s.id, parent.id],
        fixes: [
          ...(cluster ? [{ label: `Move it onto cluster "${cluster.name}"`, command: { type: 'nestNode' as const, id: s.id, parentId: cluster.id, position: FIX_POSITION } }] : []),
          { label: 'Make it a standard switch', command: { type: 'setProps', id: s.id, props: { switchKind: 'standard' } } },
        ],
      });
    } else if (s.switchKind !== 'distributed' && parent.kind === 'cluster') {
      report({
        message: `${named(s)} is a ${s.switchKind} switch on cluster "${parent.name}"; only a distributed switch spans hosts.`,
        targets: [s.id, parent.id],
        fixes: [{ label: 'Make it a distributed switch', command: { type: 'setProps', id: s.id, props: { switchKind: 'distributed' } } }],
      });
    }
  },
  affects: (ctx, changed, add) => addSubtreeOfKind(ctx, changed, 'vswitch', add),
};
