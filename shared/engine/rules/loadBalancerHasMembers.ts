import type { Rule } from './types';
import { named } from './support/describe';

/** Application server virtualization: one virtual server in front of several real ones. */
export const loadBalancerHasMembers: Rule = {
  id: 'load-balancer-has-members',
  severity: 'warning',
  group: 'services',
  title: 'A load balancer fronts at least one server',
  explanation:
    'Application server virtualization (advanced load balancing) presents a group of application servers as one virtual ' +
    'server: clients reach the virtual IP, and the load balancer spreads requests over the members and skips failed ones ' +
    '(high availability). Without members it has nothing to send traffic to.',
  subjects: (ctx) => ctx.ix.ofKind('loadBalancer'),
  check(ctx, id, report) {
    const lb = ctx.nodeOf(id, 'loadBalancer');
    if (!lb || ctx.outOf(lb.id, 'balances').length > 0) return;
    report({ message: `${named(lb)} balances no servers: connect it to the VMs or containers it fronts.`, targets: [lb.id] });
  },
  affects(ctx, changed, add) {
    if (ctx.nodeOf(changed, 'loadBalancer')) add(changed);
    const e = ctx.edgeOf(changed, 'balances');
    if (e) add(e.source);
  },
};
