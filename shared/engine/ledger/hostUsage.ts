import { HYPERVISOR_FAMILIES, type Host, type Hypervisor, type NodeId, type ProjectSettings, type Vm } from '../../model';
import { defineMemo, hostThreads, type ValidationContext } from '../validation/context';
import type { LedgerItem } from './types';

/** Does this VM hold host resources under the project's policy? Terminated VMs never do. */
export function vmCounts(vm: Vm, s: ProjectSettings): boolean {
  if (vm.state === 'terminated') return false;
  if (vm.state === 'stopped' || vm.state === 'suspended') return s.countPoweredOffVms;
  return true;
}

export interface RamUsage {
  physicalMiB: number;
  ratioPercent: number;
  /** Where the overcommit ratio came from, in words. */
  ratioFrom: string;
  capacityMiB: number;
  usedMiB: number;
  overheadMiB: number;
  dom0MiB: number;
  hostOsMiB: number;
  guestMiB: number;
  containerMiB: number;
  guestsCounted: number;
  guestsSkipped: number;
}

export interface CpuUsage {
  threads: number;
  ratio: number;
  ratioFrom: string;
  overheadPercent: number;
  /** threads x ratio, less the hypervisor's own CPU share, rounded down. */
  capacity: number;
  used: number;
  guestVcpus: number;
  dom0Vcpus: number;
  containerCpus: number;
}

export interface HostUsage { host: Host; hypervisors: Hypervisor[]; ram: RamUsage; cpu: CpuUsage }

/** Optional collectors for the Inspector's breakdown; rules pass none, so nothing is allocated. */
export interface UsageItems { ram: LedgerItem[]; cpu: LedgerItem[] }

const label = (h: Hypervisor) => `${HYPERVISOR_FAMILIES[h.family]?.label ?? h.family} "${h.name}"`;

/** Measures what a host's hypervisors, Dom0s, host OS, VMs and containers take from it. */
export function measureHost(ctx: ValidationContext, host: Host, items?: UsageItems): HostUsage {
  const s = ctx.settings;
  const hvs = ctx.hypervisorsOnHost(host.id);
  const strictest = hvs.length === 0 ? undefined : hvs.reduce((a, b) => (b.ramOvercommitPercent < a.ramOvercommitPercent ? b : a));
  const tightest = hvs.length === 0 ? undefined : hvs.reduce((a, b) => (b.vcpuRatio < a.vcpuRatio ? b : a));
  const useOwn = s.useHypervisorRatios;
  const ramRatio = useOwn && strictest ? strictest.ramOvercommitPercent : s.ramOvercommitPercent;
  const cpuRatio = useOwn && tightest ? tightest.vcpuRatio : s.vcpuRatio;
  const physicalMiB = host.ramGiB * 1024;
  const ram: RamUsage = {
    physicalMiB, ratioPercent: ramRatio, capacityMiB: Math.floor((physicalMiB * ramRatio) / 100),
    ratioFrom: useOwn && strictest ? `${label(strictest)}'s policy` : 'the project setting',
    usedMiB: 0, overheadMiB: 0, dom0MiB: 0, hostOsMiB: 0, guestMiB: 0, containerMiB: 0, guestsCounted: 0, guestsSkipped: 0,
  };
  let overheadPercent = 0;
  let guestVcpus = 0;
  let dom0Vcpus = 0;
  let containerCpus = 0;
  for (const h of hvs) {
    ram.overheadMiB += h.overheadRamMiB;
    overheadPercent = Math.max(overheadPercent, h.overheadCpuPercent);
    items?.ram.push({ label: `${label(h)} overhead`, amount: h.overheadRamMiB, id: h.id });
    for (const n of ctx.ix.children(h.id)) {
      if (n.kind === 'dom0') {
        ram.dom0MiB += n.ramMiB;
        dom0Vcpus += n.vcpus;
        items?.ram.push({ label: `Dom0 "${n.name}" reservation`, amount: n.ramMiB, id: n.id });
        items?.cpu.push({ label: `Dom0 "${n.name}"`, amount: n.vcpus, id: n.id });
      } else if (n.kind === 'vm') {
        if (!vmCounts(n, s)) {
          ram.guestsSkipped++;
          continue;
        }
        ram.guestsCounted++;
        ram.guestMiB += n.ramMiB;
        guestVcpus += n.vcpus;
        items?.ram.push({ label: `VM "${n.name}"`, amount: n.ramMiB, id: n.id });
        items?.cpu.push({ label: `VM "${n.name}"`, amount: n.vcpus, id: n.id });
      }
    }
  }
  for (const os of ctx.childrenOfKind(host.id, 'hostOs')) {
    ram.hostOsMiB += s.hostOsRamMiB;
    items?.ram.push({ label: `Host OS "${os.name}"`, amount: s.hostOsRamMiB, id: os.id });
    if (!s.countContainerLimits) continue;
    for (const c of ctx.childrenOfKind(os.id, 'container')) {
      ram.containerMiB += c.ramLimitMiB;
      containerCpus += c.cpuLimit;
      items?.ram.push({ label: `Container "${c.name}" limit`, amount: c.ramLimitMiB, id: c.id });
      items?.cpu.push({ label: `Container "${c.name}" limit`, amount: c.cpuLimit, id: c.id });
    }
  }
  ram.usedMiB = ram.overheadMiB + ram.dom0MiB + ram.hostOsMiB + ram.guestMiB + ram.containerMiB;
  const threads = hostThreads(host);
  const cpu: CpuUsage = {
    threads, ratio: cpuRatio, ratioFrom: useOwn && tightest ? `${label(tightest)}'s policy` : 'the project setting',
    overheadPercent, capacity: Math.floor(threads * cpuRatio * (1 - overheadPercent / 100)),
    used: guestVcpus + dom0Vcpus + containerCpus, guestVcpus, dom0Vcpus, containerCpus,
  };
  return { host, hypervisors: hvs, ram, cpu };
}

const HOST_USAGE = defineMemo('hostUsage', (ctx, id) => measureHost(ctx, ctx.nodeOf(id, 'host')!));

/** The host's usage, measured once per validation pass. */
export function hostUsage(ctx: ValidationContext, hostId: NodeId): HostUsage | undefined {
  const host = ctx.nodeOf(hostId, 'host');
  return host ? ctx.memo(HOST_USAGE, hostId) : undefined;
}
