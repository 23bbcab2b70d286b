import type { NodeId } from '../../model';
import type { Rule } from './types';
import { nameOf } from './support/describe';

/** One IP address, one machine. */
export const ipUnique: Rule = {
  id: 'ip-unique',
  severity: 'error',
  group: 'network',
  title: 'Each IP address is used once',
  explanation:
    'When VMs are provisioned each gets its own IP address and network settings. Two machines answering for the same ' +
    'address confuse ARP: neighbours cache whichever answered last, so traffic flips between them and both appear to ' +
    'drop connections. (A virtual IP shared by design belongs to a load balancer, not to two vNICs.)',
  // Only an IP held by two vNICs or more can be flagged; the others need no check.
  subjects: (ctx) => ctx.ix.sharedIps(),
  check(ctx, ip, report) {
    const holders = ctx.ix.withIp(ip);
    if (holders.length < 2) return;
    const edges = [...holders].sort();
    const owners = [...new Set(edges.map((e) => ctx.t.edges.get(e)!.source))].sort();
    if (owners.length < 2) return;
    report({
      message: `IP ${ip} is used by ${owners.map((o) => nameOf(ctx, o)).join(' and ')}.`,
      targets: [...edges, ...owners] as (NodeId)[],
    });
  },
  affects(ctx, changed, add) {
    const e = ctx.edgeOf(changed, 'attachedTo');
    if (e?.props.ip) add(e.props.ip);
    // Messages name the owners.
    if (ctx.node(changed)) for (const a of ctx.outOf(changed as NodeId, 'attachedTo')) if (a.props.ip) add(a.props.ip);
  },
};
