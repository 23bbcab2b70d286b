import type { Hypervisor, VSwitch } from '../../model';
import { defineMemo, type ValidationContext } from '../validation/context';
import type { Rule } from './types';
import { byId, nameOf } from './support/describe';
import { addVnicsAffectedBy } from './support/attachments';

/** The virtual switches a hypervisor's VMs plug into (its own and its cluster's distributed ones) and their VLANs. */
function portGroupsOf(ctx: ValidationContext, hv: Hypervisor): { switches: VSwitch[]; vlans: ReadonlySet<number> } {
  return ctx.memo(PORT_GROUPS, hv.id);
}

function computePortGroups(ctx: ValidationContext, hvId: string): { switches: VSwitch[]; vlans: ReadonlySet<number> } {
  const hv = ctx.nodeOf(hvId, 'hypervisor')!;
  const host = ctx.nodeOf(hv.parentId, 'host') ?? ctx.hostOf(hv.id);
  const cluster = ctx.nodeOf(host?.parentId, 'cluster');
  const switches = [...ctx.childrenOfKind(hv.id, 'vswitch'), ...(cluster ? ctx.clusterSwitches(cluster.id) : [])].sort(byId);
  const vlans = new Set<number>();
  for (const s of switches) for (const p of s.portGroups) vlans.add(p.vlanId);
  return { switches, vlans };
}

const PORT_GROUPS = defineMemo('portGroupsOf', computePortGroups);

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
    const edge = ctx.edgeOf(id, 'attachedTo');
    const vlan = ctx.nodeOf(edge?.target, 'vlan');
    const vm = ctx.nodeOf(edge?.source, 'vm');
    const hv = ctx.nodeOf(vm?.parentId, 'hypervisor');
    if (!edge || !vlan || !vm || !hv || vlan.networkType === 'vpn') return;
    const { switches, vlans } = portGroupsOf(ctx, hv);
    const vid = vlan.vlanId;
    if (switches.length === 0 || vlans.has(vid)) return;
    const sw = switches[0]!;
    report({
      message: `VM "${vm.name}" is on VLAN ${vid} ${nameOf(ctx, vlan.id)}, but no virtual switch of "${hv.name}" has a port group for VLAN ${vid}.`,
      targets: [edge.id, vm.id, sw.id],
      fixes: [{ label: `Add port group "${vlan.name}" (VLAN ${vid}) to "${sw.name}"`, command: { type: 'setProps', id: sw.id, props: { portGroups: [...sw.portGroups, { name: vlan.name, vlanId: vid, mode: 'access' }] } } }],
    });
  },
  affects: addVnicsAffectedBy,
};
