import type { Rule } from './types';
import { named } from './support/describe';
import { formatIpv4, inCidr, isReservedInCidr, parseIpv4 } from './support/ipv4';
import { subnetOf } from './support/subnets';

/** The default gateway is a usable address inside the VLAN's own subnet. */
export const gatewayInSubnet: Rule = {
  id: 'gateway-in-subnet',
  severity: 'error',
  group: 'network',
  title: 'The gateway sits inside the VLAN’s subnet',
  explanation:
    'Hosts on a VLAN reach other networks through a router interface on that same VLAN: the default gateway. A host only ' +
    'sends directly to addresses in its own subnet, so a gateway outside the subnet (or on the network or broadcast ' +
    'address) can never be reached and the VLAN is cut off from everything else.',
  subjects: (ctx) => ctx.ix.ofKind('vlan'),
  check(ctx, id, report) {
    const v = ctx.nodeOf(id, 'vlan');
    const c = v && subnetOf(ctx, v);
    if (!v || !c || v.gateway.trim() === '') return;
    const gw = parseIpv4(v.gateway);
    if (gw !== null && inCidr(gw, c) && !isReservedInCidr(gw, c)) return;
    const first = formatIpv4(c.prefix >= 31 ? c.network : c.network + 1);
    report({
      message: gw === null
        ? `${named(v)} has gateway "${v.gateway}", which is not an IPv4 address.`
        : `${named(v)} has gateway ${v.gateway}, ${inCidr(gw, c) ? 'the subnet’s network or broadcast address' : `outside its subnet ${v.subnet}`}.`,
      targets: [v.id],
      fixes: [{ label: `Use ${first} as the gateway`, command: { type: 'setProps', id: v.id, props: { gateway: first } } }],
    });
  },
  affects(ctx, changed, add) {
    if (ctx.nodeOf(changed, 'vlan')) add(changed);
  },
};
