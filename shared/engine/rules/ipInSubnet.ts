import type { Rule } from './types';
import { nameOf } from './support/describe';
import { inCidr, isReservedInCidr, parseIpv4 } from './support/ipv4';
import { subnetOf } from './support/subnets';
import { addInEdges, addOutEdges, addSelfEdge } from './support/deps';

/** A vNIC's address belongs to the subnet of the VLAN it is on. */
export const ipInSubnet: Rule = {
  id: 'ip-in-subnet',
  severity: 'error',
  group: 'network',
  title: 'A vNIC’s IP is inside its VLAN’s subnet',
  explanation:
    'A VLAN is one broadcast domain carrying one IP subnet. A machine decides by its subnet mask whether an address is ' +
    'local (send directly) or remote (send to the gateway). An address outside the VLAN’s subnet — or its network or ' +
    'broadcast address — makes the VM unreachable even though it is plugged into the right VLAN.',
  subjects: (ctx) => ctx.ix.ofRelation('attachedTo'),
  check(ctx, id, report) {
    const e = ctx.edgeOf(id, 'attachedTo');
    const vlan = ctx.nodeOf(e?.target, 'vlan');
    if (!e || !vlan || e.props.ip.trim() === '') return;
    const ip = parseIpv4(e.props.ip);
    const c = subnetOf(ctx, vlan);
    if (ip === null) {
      report({ message: `The vNIC of ${nameOf(ctx, e.source)} has IP "${e.props.ip}", which is not an IPv4 address.`, targets: [e.id, e.source] });
      return;
    }
    if (!c || (inCidr(ip, c) && !isReservedInCidr(ip, c))) return;
    report({
      message: inCidr(ip, c)
        ? `${nameOf(ctx, e.source)} uses ${e.props.ip}, the network or broadcast address of ${vlan.subnet} on VLAN "${vlan.name}".`
        : `${nameOf(ctx, e.source)} uses ${e.props.ip}, outside ${vlan.subnet} of VLAN "${vlan.name}".`,
      targets: [e.id, e.source, vlan.id],
    });
  },
  affects(ctx, changed, add) {
    addSelfEdge(ctx, changed, 'attachedTo', add);
    const n = ctx.node(changed);
    if (n?.kind === 'vlan') addInEdges(ctx, n.id, 'attachedTo', add);
    else if (n) addOutEdges(ctx, n.id, 'attachedTo', add);
  },
};
