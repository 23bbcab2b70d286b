import type { Command } from '../commands/types';
import type { Rule } from './types';
import { byId, nameOf } from './support/describe';
import { addVnicsAffectedBy } from './support/attachments';

/** A VM's VLAN must leave its host on a tagged uplink, or the VM is cut off from that network. */
export const vnicVlanOnHostUplink: Rule = {
  id: 'vnic-vlan-on-host-uplink',
  severity: 'error',
  group: 'network',
  title: 'The host’s uplink carries each vNIC’s VLAN',
  explanation:
    'Inside a host, the virtual switch connects each VM’s virtual NIC to a port group tagged with a VLAN id (internal ' +
    'network virtualization). To reach the rest of that VLAN, frames leave through the host’s physical uplink to a ' +
    'switch: an 802.1Q trunk must list the VLAN, or an access port must be in it. Otherwise the VM only reaches VMs on ' +
    'the same host.',
  subjects: (ctx) => ctx.ix.ofRelation('attachedTo'),
  check(ctx, id, report) {
    const edge = ctx.edgeOf(id, 'attachedTo');
    const vlan = ctx.nodeOf(edge?.target, 'vlan');
    const host = edge && vlan && ctx.hostOf(edge.source);
    if (!edge || !vlan || !host || vlan.networkType === 'vpn') return;
    if (ctx.hostCarries(host.id).has(vlan.vlanId)) return;
    const uplinks = ctx.hostUplinks(host.id);
    if (uplinks.length === 0) return;
    const vid = vlan.vlanId;
    const sorted = [...uplinks].sort(byId);
    const trunk = sorted.find((u) => u.props.mode === 'trunk');
    const target = trunk ?? sorted[0]!;
    const command: Command = trunk
      ? { type: 'setProps', id: trunk.id, props: { vlans: [...trunk.props.vlans, vid].sort((a, b) => a - b) } }
      : { type: 'setProps', id: target.id, props: { mode: 'trunk', vlans: [...new Set([...target.props.vlans, vid])].sort((a, b) => a - b) } };
    report({
      message: `${nameOf(ctx, edge.source)} is on VLAN ${vid} ${nameOf(ctx, vlan.id)}, but no uplink of host "${host.name}" carries VLAN ${vid}.`,
      targets: [edge.id, edge.source, host.id, ...sorted.map((u) => u.id)],
      fixes: [{ label: `Carry VLAN ${vid} on the uplink from ${nameOf(ctx, target.source)} to ${nameOf(ctx, target.target)}${trunk ? '' : ' (as a trunk)'}`, command }],
    });
  },
  affects: addVnicsAffectedBy,
};
