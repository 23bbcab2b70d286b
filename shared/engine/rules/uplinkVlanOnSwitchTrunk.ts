import type { Rule } from './types';
import { nameOf } from './support/describe';
import { carriedBy } from '../validation/context';

/** Both ends of a link must agree on the VLANs it carries. */
export const uplinkVlanOnSwitchTrunk: Rule = {
  id: 'uplink-vlan-on-switch-trunk',
  severity: 'error',
  group: 'network',
  title: 'The physical switch port carries the uplink’s VLANs',
  explanation:
    'A VLAN crosses a link only if both ends tag it. The host (or virtual switch) may send frames tagged with VLAN 20, ' +
    'but a physical switch port whose trunk does not allow VLAN 20 drops them. External network virtualization — one ' +
    'logical network spread over several switches — works only when every switch on the path carries the VLAN.',
  subjects: (ctx) => ctx.ix.ofRelation('uplinksTo'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'uplinksTo');
    const sw = ctx.nodeOf(e?.target, 'physicalSwitch');
    if (!e || !sw) return;
    const missing = carriedBy(e).filter((v) => !sw.trunkVlans.includes(v));
    if (missing.length === 0) return;
    report({
      message: `The uplink from ${nameOf(ctx, e.source)} carries VLAN ${missing.join(', ')}, but switch "${sw.name}" does not trunk ${missing.length > 1 ? 'them' : 'it'}.`,
      targets: [e.id, sw.id],
      fixes: [{ label: `Add VLAN ${missing.join(', ')} to the trunk of "${sw.name}"`, command: { type: 'setProps', id: sw.id, props: { trunkVlans: [...new Set([...sw.trunkVlans, ...missing])].sort((a, b) => a - b) } } }],
    });
  },
  affects(ctx, changed, add) {
    const n = ctx.node(changed);
    if (!n) {
      if (ctx.edge(changed)?.relation === 'uplinksTo') add(changed);
      return;
    }
    for (const e of ctx.ix.in(n.id)) if (e.relation === 'uplinksTo') add(e.id);
    for (const e of ctx.ix.out(n.id)) if (e.relation === 'uplinksTo') add(e.id);
  },
};
