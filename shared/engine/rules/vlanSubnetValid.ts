import type { Rule } from './types';
import { named } from './support/describe';
import { formatCidr, parseCidr } from './support/ipv4';

/** A VLAN's subnet is CIDR notation naming the network address. */
export const vlanSubnetValid: Rule = {
  id: 'vlan-subnet-valid',
  severity: 'error',
  group: 'network',
  title: 'A VLAN has a valid subnet',
  explanation:
    'Each VLAN is one broadcast domain and usually one IP subnet, written in CIDR notation: the network address and the ' +
    'prefix length, e.g. 10.0.20.0/24 (the first 24 bits name the network, the last 8 the host). The address part must ' +
    'be the network address itself — its host bits zero — or routers and DHCP disagree about what the subnet is.',
  subjects: (ctx) => ctx.ix.ofKind('vlan'),
  check(ctx, id, report) {
    const v = ctx.nodeOf(id, 'vlan');
    if (!v || v.subnet.trim() === '') return;
    const c = parseCidr(v.subnet);
    if (!c) {
      report({ message: `${named(v)} has subnet "${v.subnet}", which is not IPv4 CIDR notation (like 10.0.20.0/24).`, targets: [v.id] });
    } else if (!c.aligned) {
      const fixed = formatCidr(c);
      report({
        message: `${named(v)} has subnet ${v.subnet}: host bits are set; the network address is ${fixed}.`,
        targets: [v.id],
        fixes: [{ label: `Use ${fixed}`, command: { type: 'setProps', id: v.id, props: { subnet: fixed } } }],
      });
    }
  },
  affects(ctx, changed, add) {
    if (ctx.nodeOf(changed, 'vlan')) add(changed);
  },
};
