import type { Rule } from './types';
import { touched } from './support/deps';

/** Guests on VLANs need the host wired to the physical network, once the design has one. */
export const hostWithoutUplink: Rule = {
  id: 'host-without-uplink',
  severity: 'warning',
  group: 'network',
  title: 'A host with networked guests has an uplink',
  explanation:
    'A virtual switch inside the host connects its VMs to each other; to reach anything outside, frames must leave ' +
    'through a physical NIC wired to a physical switch (the host’s uplink). A host whose guests sit on VLANs but that ' +
    'has no uplink keeps all that traffic inside itself. (Checked once the design draws at least one physical switch.)',
  subjects: (ctx) => ctx.ix.ofKind('host'),
  check(ctx, id, report) {
    const host = ctx.nodeOf(id, 'host');
    if (!host || ctx.ix.ofKind('physicalSwitch').size === 0 || ctx.hostUplinks(host.id).length > 0) return;
    let vlans = 0;
    for (const n of ctx.subtree(host.id)) {
      for (const a of ctx.ix.out(n)) {
        const v = a.relation === 'attachedTo' ? ctx.nodeOf(a.target, 'vlan') : undefined;
        if (v && v.networkType !== 'vpn') vlans++;
      }
    }
    if (vlans === 0) return;
    report({ message: `Host "${host.name}" has ${vlans} virtual NIC(s) on VLANs but no uplink to a physical switch.`, targets: [host.id] });
  },
  affects(ctx, changed, add) {
    const n = ctx.node(changed);
    if (n?.kind === 'physicalSwitch' && ctx.ix.ofKind('physicalSwitch').size <= 1) {
      for (const h of ctx.ix.ofKind('host')) add(h);
      return;
    }
    if (n?.kind === 'vlan') {
      for (const a of ctx.inOf(n.id, 'attachedTo')) { const h = ctx.hostOf(a.source); if (h) add(h.id); }
      return;
    }
    for (const t of touched(ctx, changed)) {
      const h = ctx.hostOf(t);
      if (h) add(h.id);
      else { const c = ctx.upTo(t, 'cluster'); if (c) for (const x of ctx.childrenOfKind(c.id, 'host')) add(x.id); }
    }
  },
};
