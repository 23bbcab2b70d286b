import type { Host, Hypervisor, NodeId, Vm } from '../../../model';
import { hostUsage, vmCounts } from '../../ledger/hostUsage';
import type { ValidationContext } from '../../validation/context';
import { byId } from './describe';
import { addHosts } from './deps';

/** Hosts a VM could move to without leaving its cluster (or, for a standalone host, other standalone hosts). */
export function peerHosts(ctx: ValidationContext, host: Host): Host[] {
  const peers = host.parentId ? ctx.childrenOfKind(host.parentId, 'host') : ctx.all('host').filter((h) => !h.parentId);
  return peers.filter((h) => h.id !== host.id).sort(byId);
}

/**
 * A hypervisor of the same family on a peer host with room for the VM's RAM and vCPUs (most free RAM first),
 * so a quick-fix can say "move this VM to host-3".
 */
export function roomFor(ctx: ValidationContext, vm: Vm, from: Hypervisor, host: Host): Hypervisor | undefined {
  let best: { hv: Hypervisor; free: number } | undefined;
  for (const peer of peerHosts(ctx, host)) {
    if (peer.powerState === 'off') continue;
    const u = hostUsage(ctx, peer.id)!;
    const hv = u.hypervisors.find((h) => h.family === from.family);
    if (!hv) continue;
    const freeRam = u.ram.capacityMiB - u.ram.usedMiB;
    const freeCpu = u.cpu.capacity - u.cpu.used;
    if (freeRam < vm.ramMiB || freeCpu < vm.vcpus || vm.vcpus > u.cpu.threads) continue;
    if (!best || freeRam > best.free) best = { hv, free: freeRam };
  }
  return best?.hv;
}

/** The counted VMs on a host's hypervisors, largest RAM first (ties by id). */
export function countedGuests(ctx: ValidationContext, host: Host): { vm: Vm; hv: Hypervisor }[] {
  const out: { vm: Vm; hv: Hypervisor }[] = [];
  for (const hv of ctx.hypervisorsOnHost(host.id)) for (const vm of ctx.childrenOfKind(hv.id, 'vm')) if (vmCounts(vm, ctx.settings)) out.push({ vm, hv });
  return out.sort((a, b) => b.vm.ramMiB - a.vm.ramMiB || byId(a.vm, b.vm));
}

/**
 * affects() for rules whose fix picks a destination among peer hosts: the changed host, plus every
 * flagged host that may have chosen (or may now choose) a peer whose room just changed.
 */
export function addHostsAndFlaggedPeers(ruleId: string) {
  return (ctx: ValidationContext, changed: string, add: (s: string) => void): void => {
    const hosts: string[] = [];
    addHosts(ctx, changed, (h) => {
      hosts.push(h);
      add(h);
    });
    const flagged = ctx.flagged(ruleId);
    if (hosts.length === 0 || flagged.size === 0) return;
    for (const h of hosts) {
      const cluster = ctx.t.nodes.get(h as NodeId)!.parentId;
      for (const f of flagged.keys()) if (ctx.node(f) && ctx.t.nodes.get(f as NodeId)!.parentId === cluster) add(f);
    }
  };
}
