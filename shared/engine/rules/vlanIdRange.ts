import type { FindingDraft, Rule } from './types';
import { named, nameOf } from './support/describe';
import { validVlanId } from './support/vlans';
import { SubjectUnion } from '../validation/topologyIndex';

/** 802.1Q VLAN ids are 1–4094 wherever they appear. */
export const vlanIdRange: Rule = {
  id: 'vlan-id-range',
  severity: 'error',
  group: 'network',
  title: 'VLAN ids are 1–4094',
  explanation:
    'A VLAN (IEEE 802.1Q) splits one physical network into logical broadcast domains by tagging each frame with a ' +
    '12-bit VLAN id. Twelve bits give 0–4095, but 0 means "no VLAN, priority only" and 4095 is reserved, so usable ids ' +
    'are 1–4094 on VLANs, port groups, uplinks and switch trunks alike.',
  subjects: (ctx) => new SubjectUnion([ctx.ix.ofKind('vlan'), ctx.ix.ofKind('vswitch'), ctx.ix.ofKind('physicalSwitch'), ctx.ix.ofRelation('uplinksTo')]),
  check(ctx, id, report) {
    const n = ctx.node(id);
    let draft: FindingDraft | undefined;
    if (n?.kind === 'vlan') {
      if (!validVlanId(n.vlanId)) draft = { message: `${named(n)} has id ${n.vlanId}; 802.1Q ids are 1–4094.`, targets: [n.id] };
    } else if (n?.kind === 'vswitch') {
      const bad = n.portGroups.filter((p) => !validVlanId(p.vlanId));
      if (bad.length) draft = {
        message: `${named(n)} has port group(s) ${bad.map((p) => `"${p.name}" (VLAN ${p.vlanId})`).join(', ')} outside 1–4094.`,
        targets: [n.id],
        fixes: [{ label: 'Remove the invalid port groups', command: { type: 'setProps', id: n.id, props: { portGroups: n.portGroups.filter((p) => validVlanId(p.vlanId)) } } }],
      };
    } else if (n?.kind === 'physicalSwitch') {
      const bad = n.trunkVlans.filter((v) => !validVlanId(v));
      if (bad.length) draft = {
        message: `${named(n)} trunks VLAN id(s) ${bad.join(', ')}, outside 1–4094.`,
        targets: [n.id],
        fixes: [{ label: 'Drop the invalid ids from the trunk', command: { type: 'setProps', id: n.id, props: { trunkVlans: n.trunkVlans.filter(validVlanId) } } }],
      };
    } else {
      const e = ctx.edgeOf(id, 'uplinksTo');
      const bad = e ? e.props.vlans.filter((v) => !validVlanId(v)) : [];
      if (e && bad.length) draft = {
        message: `The uplink from ${nameOf(ctx, e.source)} to ${nameOf(ctx, e.target)} carries VLAN id(s) ${bad.join(', ')}, outside 1–4094.`,
        targets: [e.id],
        fixes: [{ label: 'Drop the invalid ids from the uplink', command: { type: 'setProps', id: e.id, props: { vlans: e.props.vlans.filter(validVlanId) } } }],
      };
    }
    if (draft) report(draft);
  },
  affects(ctx, changed, add) {
    const n = ctx.node(changed);
    if (n) {
      if (n.kind === 'vlan' || n.kind === 'vswitch' || n.kind === 'physicalSwitch') add(n.id);
      // Uplink messages name both ends.
      for (const e of ctx.ix.out(n.id)) if (e.relation === 'uplinksTo') add(e.id);
      for (const e of ctx.ix.in(n.id)) if (e.relation === 'uplinksTo') add(e.id);
    } else if (ctx.edge(changed)?.relation === 'uplinksTo') add(changed);
  },
};
