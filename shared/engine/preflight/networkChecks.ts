import type { Host, Vlan } from '../../model';
import { byId } from '../rules/support/describe';
import { carriedBy, type ValidationContext } from '../validation/context';
import type { Facts, Plan, Push } from './plan';

/** The fastest uplink of a host that carries a VLAN id (or any uplink when id is null). */
function uplinkMbps(ctx: ValidationContext, host: Host, vlanId: number | null): number {
  let best = 0;
  for (const u of ctx.hostUplinks(host.id)) if (vlanId === null || carriedBy(u).includes(vlanId)) best = Math.max(best, u.props.speedMbps);
  return best;
}

/** The destination carries the VM's VLANs, and a migration network with enough bandwidth joins the hosts. */
export function checkNetwork(p: Plan, push: Push, facts: Facts): void {
  const { ctx, vm, srcHost, dstHost, dstHv } = p;
  const dstUplinks = ctx.hostUplinks(dstHost.id);
  const carries = ctx.hostCarries(dstHost.id);
  for (const a of ctx.outOf(vm.id, 'attachedTo')) {
    const v = ctx.nodeOf(a.target, 'vlan');
    if (!v || v.networkType === 'vpn') continue;
    if (dstUplinks.length === 0) push('network', 'warning', `Host "${dstHost.name}" has no uplink: "${vm.name}" would lose VLAN ${v.vlanId} "${v.name}" beyond the host.`, [dstHost.id, v.id]);
    else if (!carries.has(v.vlanId)) push('network', 'error', `Host "${dstHost.name}" does not carry VLAN ${v.vlanId} "${v.name}": "${vm.name}" would lose that network.`, [dstHost.id, v.id, a.id]);
    else push('network', 'info', `Host "${dstHost.name}" carries VLAN ${v.vlanId} "${v.name}".`, [dstHost.id, v.id]);
    const switches = dstHv ? ctx.childrenOfKind(dstHv.id, 'vswitch') : [];
    if (switches.length && !switches.some((s) => s.portGroups.some((g) => g.vlanId === v.vlanId))) {
      push('network', 'warning', `No virtual switch on "${dstHv!.name}" has a port group for VLAN ${v.vlanId}.`, [dstHv!.id]);
    }
  }
  if (!srcHost) return;
  const both = (v: Vlan) => ctx.hostCarries(srcHost.id).has(v.vlanId) && carries.has(v.vlanId);
  const mig = ctx.all('vlan').filter((v) => v.purpose === 'migration' && both(v)).sort(byId)[0];
  const s = ctx.settings;
  let mbps: number;
  if (mig) {
    mbps = Math.min(mig.bandwidthMbps, uplinkMbps(ctx, srcHost, mig.vlanId), uplinkMbps(ctx, dstHost, mig.vlanId));
    push('network', 'info', `Migration network: VLAN ${mig.vlanId} "${mig.name}" at ${mbps} Mbit/s.`, [mig.id]);
  } else {
    const nic = (h: Host) => Math.max(0, ...h.nics.map((n) => n.speedMbps));
    mbps = Math.min(uplinkMbps(ctx, srcHost, null) || nic(srcHost), uplinkMbps(ctx, dstHost, null) || nic(dstHost));
    push('network', 'warning', `No migration network (a VLAN with purpose "migration" carried by both hosts): memory crosses the hosts' other links at about ${mbps} Mbit/s, competing with VM traffic.`, [srcHost.id, dstHost.id]);
  }
  const mibps = mbps / 8;
  facts.network = { migrationVlan: mig?.id ?? null, bandwidthMbps: mbps, memoryPassSeconds: mibps > 0 ? vm.ramMiB / mibps : Infinity };
  if (mbps < s.minMigrationBandwidthMbps) {
    push('network', 'warning', `${mbps} Mbit/s is below the ${s.minMigrationBandwidthMbps} Mbit/s a migration network should have (project setting minMigrationBandwidthMbps).`, mig ? [mig.id] : [srcHost.id, dstHost.id]);
  }
  if (p.running && mibps > 0 && vm.workload.dirtyRateMiBs >= mibps) {
    push('network', 'warning', `"${vm.name}" dirties ${vm.workload.dirtyRateMiBs} MiB/s, at least the ${Math.round(mibps)} MiB/s the link sends: pre-copy would never converge without throttling or post-copy.`, [vm.id]);
  }
}
