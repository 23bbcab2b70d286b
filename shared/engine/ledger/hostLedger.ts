import type { Host, NodeId } from '../../model';
import type { ValidationContext } from '../validation/context';
import { num } from './format';
import { measureHost, type HostUsage } from './hostUsage';
import type { LedgerLine } from './types';

/** The assumptions behind a host's RAM line, in words (shared by the ledger and the rules). */
export function ramAssumptions(ctx: ValidationContext, u: HostUsage): string[] {
  const r = u.ram;
  const out = [`Physical RAM ${u.host.ramGiB} GiB = ${r.physicalMiB} MiB.`];
  out.push(r.ratioPercent === 100
    ? `No RAM overcommit (100 %, from ${r.ratioFrom}): guests may be promised at most ${r.capacityMiB} MiB.`
    : `RAM overcommit ${r.ratioPercent} % (from ${r.ratioFrom}): guests may be promised up to ${r.capacityMiB} MiB.`);
  if (r.overheadMiB) out.push(`Hypervisor overhead: ${r.overheadMiB} MiB is taken before any guest runs.`);
  if (r.dom0MiB) out.push(`Dom0's reservation (${r.dom0MiB} MiB) counts against the host: Xen's control domain is a domain too.`);
  if (r.hostOsMiB) out.push(`The host OS keeps ${ctx.settings.hostOsRamMiB} MiB for itself (project setting hostOsRamMiB).`);
  if (r.containerMiB) out.push('Container memory limits count as used (project setting countContainerLimits).');
  if (r.guestsSkipped) out.push(`${r.guestsSkipped} stopped or suspended VM(s) hold no RAM and are not counted (project setting countPoweredOffVms).`);
  else if (ctx.settings.countPoweredOffVms && r.guestsCounted) out.push('Stopped and suspended VMs are counted as reservations (project setting countPoweredOffVms).');
  return out;
}

/** The assumptions behind a host's vCPU line, in words. */
export function cpuAssumptions(u: HostUsage): string[] {
  const c = u.cpu;
  const h = u.host;
  const out = [`${c.threads} hardware threads (${h.sockets} socket(s) × ${h.coresPerSocket} cores × ${h.threadsPerCore} thread(s) per core).`];
  out.push(`vCPU:pCPU overcommit ${num(c.ratio)}:1 (from ${c.ratioFrom}).`);
  if (c.overheadPercent) out.push(`The hypervisor itself uses ${num(c.overheadPercent)} % of the CPU, so ${c.capacity} vCPUs remain for domains.`);
  if (c.dom0Vcpus) out.push(`Dom0's ${c.dom0Vcpus} vCPU(s) are scheduled like any guest's.`);
  if (c.containerCpus) out.push('Container CPU limits count as used (project setting countContainerLimits).');
  return out;
}

/** The ledger lines of a host: RAM, vCPU, network, NIC ports and local storage. */
export function hostLedgerLines(ctx: ValidationContext, host: Host): LedgerLine[] {
  const items = { ram: [], cpu: [] };
  const u = measureHost(ctx, host, items);
  const lines: LedgerLine[] = [
    { resource: 'ram', label: 'RAM', used: u.ram.usedMiB, capacity: u.ram.capacityMiB, unit: 'MiB', assumptions: ramAssumptions(ctx, u), items: items.ram },
    { resource: 'vcpu', label: 'vCPUs', used: u.cpu.used, capacity: u.cpu.capacity, unit: 'vCPU', assumptions: cpuAssumptions(u), items: items.cpu },
  ];
  const uplinks = ctx.hostUplinks(host.id);
  const nicMbps = host.nics.reduce((a, n) => a + n.speedMbps * n.count, 0);
  const ports = host.nics.reduce((a, n) => a + n.count, 0);
  lines.push({
    resource: 'network', label: 'Network bandwidth', unit: 'Mbit/s', capacity: nicMbps,
    used: uplinks.reduce((a, e) => a + e.props.speedMbps, 0),
    assumptions: ['Capacity: the sum of the host NICs (speed × count).', 'Each uplink drawn from the host or its virtual switches takes one NIC port at its set speed.'],
    items: uplinks.map((e) => ({ label: `Uplink to "${ctx.node(e.target)?.name ?? e.target}"`, amount: e.props.speedMbps, id: e.id })),
  });
  lines.push({
    resource: 'nic-ports', label: 'NIC ports', unit: 'ports', capacity: ports, used: uplinks.length,
    assumptions: ['Each uplink needs its own physical NIC port.'],
    items: uplinks.map((e) => ({ label: `Uplink to "${ctx.node(e.target)?.name ?? e.target}"`, amount: 1, id: e.id })),
  });
  const pools = ctx.childrenOfKind(host.id, 'storagePool');
  if (pools.length || host.localDisks.length) {
    lines.push({
      resource: 'local-storage', label: 'Local disks', unit: 'GiB', capacity: host.localDisks.reduce((a, d) => a + d.sizeGiB, 0),
      used: pools.reduce((a, p) => a + p.capacityGiB, 0),
      assumptions: ['A storage pool on the host is carved from its own local disks (host-based storage virtualization).'],
      items: pools.map((p) => ({ label: `Pool "${p.name}"`, amount: p.capacityGiB, id: p.id })),
    });
  }
  return lines;
}

/** Convenience: the ledger lines of a host by id, or undefined. */
export function hostLedgerOf(ctx: ValidationContext, id: NodeId): LedgerLine[] | undefined {
  const h = ctx.nodeOf(id, 'host');
  return h ? hostLedgerLines(ctx, h) : undefined;
}
