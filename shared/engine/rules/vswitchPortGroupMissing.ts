import type { Rule } from './types';
import { byId, nameOf } from './support/describe';
import { addVnicsAffectedBy, vnic } from './support/attachments';

/** A vNIC plugs into a port group; the VLAN needs one on the hypervisor's virtual switch. */
export const vswitchPortGroupMissing: Rule = {
  id: 'vswitch-port-group-missing',
  severity: 'warning',
  group: 'network',
  title: 'A virtual switch has a port group for each vNIC’s VLAN',
  explanation:
    'Internal network virtualization: the hypervisor runs a software switch, and each VM’s virtual NIC plugs into one of ' +
    'its port groups. The port group decides the VLAN tag added to the VM’s frames. If the hypervisor’s virtual switches ' +
    'have no port group for the VLAN, there is nowhere to plug the vNIC into that network.',
  subjects: (ctx) => ctx.ix.ofRelation('attachedTo'),
  check(ctx, id, report) {
    const v = vnic(ctx, id);
    const vm = ctx.nodeOf(v?.edge.source, 'vm');
    const hv = ctx.nodeOf(vm?.parentId, 'hypervisor');
    if (!v || !vm || !hv || v.vlan.networkType === 'vpn') return;
    const host = ctx.nodeOf(hv.parentId, 'host') ?? ctx.hostOf(hv.id);
    const cluster = ctx.nodeOf(host?.parentId, 'cluster');
    const switches = [...ctx.childrenOfKind(hv.id, 'vswitch'), ...(cluster ? ctx.childrenOfKind(cluster.id, 'vswitch') : [])].sort(byId);
    if (switches.length === 0) return;
    const vid = v.vlan.vlanId;
    if (switches.some((s) => s.portGroups.some((p) => p.vlanId === vid))) return;
    const sw = switches[0]!;
    report({
      message: `VM "${vm.name}" is on VLAN ${vid} ${nameOf(ctx, v.vlan.id)}, but no virtual switch of "${hv.name}" has a port group for VLAN ${vid}.`,
      targets: [v.edge.id, vm.id, sw.id],
      fixes: [{ label: `Add port group "${v.vlan.name}" (VLAN ${vid}) to "${sw.name}"`, command: { type: 'setProps', id: sw.id, props: { portGroups: [...sw.portGroups, { name: v.vlan.name, vlanId: vid, mode: 'access' }] } } }],
    });
  },
  affects: addVnicsAffectedBy,
};
