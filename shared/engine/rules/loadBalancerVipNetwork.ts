import type { Rule } from './types';
import { byId, named } from './support/describe';
import { inCidr, parseIpv4 } from './support/ipv4';
import { subnetOf } from './support/subnets';

/** The virtual IP lives on a VIP network whose subnet contains it. */
export const loadBalancerVipNetwork: Rule = {
  id: 'load-balancer-vip-network',
  severity: 'warning',
  group: 'services',
  title: 'A load balancer’s VIP is on a VIP network',
  explanation:
    'A virtual IP (VIP) is an address not tied to one machine: packets sent to it are redirected to a real server behind ' +
    'it, which is what makes load balancing and failover transparent to clients. The VIP must belong to a network the ' +
    'load balancer is attached to — a VIP network whose subnet contains the address — or clients cannot reach it.',
  subjects: (ctx) => ctx.ix.ofKind('loadBalancer'),
  check(ctx, id, report) {
    const lb = ctx.nodeOf(id, 'loadBalancer');
    if (!lb) return;
    const ip = parseIpv4(lb.vip);
    const contains = (vid: string) => {
      const v = ctx.nodeOf(vid, 'vlan');
      const c = v && v.networkType === 'vip' ? subnetOf(ctx, v) : null;
      return ip !== null && !!c && inCidr(ip, c);
    };
    if (ctx.outOf(lb.id, 'attachedTo').some((a) => contains(a.target))) return;
    const candidate = ctx.all('vlan').sort(byId).find((v) => contains(v.id));
    report({
      message: ip === null
        ? `${named(lb)} has VIP "${lb.vip}", which is not an IPv4 address.`
        : `${named(lb)} has VIP ${lb.vip} but is not attached to a VIP network whose subnet contains it.`,
      targets: [lb.id],
      fixes: candidate ? [{ label: `Attach it to VIP network "${candidate.name}"`, command: { type: 'connect', source: lb.id, target: candidate.id, relation: 'attachedTo', props: { ip: lb.vip } } }] : [],
    });
  },
  affects(ctx, changed, add) {
    if (ctx.nodeOf(changed, 'loadBalancer')) add(changed);
    const e = ctx.edgeOf(changed, 'attachedTo');
    if (e && ctx.nodeOf(e.source, 'loadBalancer')) add(e.source);
    // Any VLAN may become (or stop being) the VIP network that fits; load balancers are few.
    if (ctx.nodeOf(changed, 'vlan')) for (const lb of ctx.ix.ofKind('loadBalancer')) add(lb);
  },
};
