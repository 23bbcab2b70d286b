/** A bin: a host's capacity in two dimensions (CPU in any unit, RAM in MiB). */
export interface BinHost {
  id: string;
  cpu: number;
  ram: number;
}

/** An item: a VM's demand, and the host it is on now (null if none). */
export interface BinVm {
  id: string;
  cpu: number;
  ram: number;
  host: string | null;
}

export type PackingAlgorithm = 'ffd' | 'bfd';

export interface Packing {
  /** VM id -> host id. */
  assignment: Record<string, string>;
  unplaced: { vm: string; reason: string }[];
  /** Hosts that receive at least one VM, in host order. */
  hostsUsed: string[];
}

/**
 * Two-dimensional bin packing (CPU and RAM). VMs are taken largest first — by their larger share
 * of the biggest host (a VM that fills 60 % of a host's RAM ranks above one that fills 40 % of its
 * CPU) — then First Fit (first host in order with room on both) or Best Fit (the host left with
 * the least normalised slack). In one dimension FFD uses at most 11/9·OPT + 6/9 bins.
 */
export function packVms(hosts: readonly BinHost[], vms: readonly BinVm[], algorithm: PackingAlgorithm): Packing {
  const maxCpu = Math.max(1e-12, ...hosts.map((h) => h.cpu));
  const maxRam = Math.max(1e-12, ...hosts.map((h) => h.ram));
  const size = (v: BinVm) => Math.max(v.cpu / maxCpu, v.ram / maxRam);
  const order = [...vms].sort((a, b) => size(b) - size(a) || b.cpu / maxCpu + b.ram / maxRam - (a.cpu / maxCpu + a.ram / maxRam) || (a.id < b.id ? -1 : 1));
  const freeCpu = hosts.map((h) => h.cpu);
  const freeRam = hosts.map((h) => h.ram);
  const assignment: Record<string, string> = {};
  const unplaced: Packing['unplaced'] = [];
  const EPS = 1e-9;
  for (const v of order) {
    let chosen = -1;
    let bestSlack = Infinity;
    for (let i = 0; i < hosts.length; i++) {
      if (freeCpu[i]! + EPS < v.cpu || freeRam[i]! + EPS < v.ram) continue;
      if (algorithm === 'ffd') {
        chosen = i;
        break;
      }
      const slack = (freeCpu[i]! - v.cpu) / Math.max(hosts[i]!.cpu, 1e-12) + (freeRam[i]! - v.ram) / Math.max(hosts[i]!.ram, 1e-12);
      if (slack < bestSlack - EPS) {
        bestSlack = slack;
        chosen = i;
      }
    }
    if (chosen < 0) {
      unplaced.push({ vm: v.id, reason: `no host has ${round(v.cpu)} CPU and ${round(v.ram)} MiB RAM left` });
      continue;
    }
    freeCpu[chosen] = freeCpu[chosen]! - v.cpu;
    freeRam[chosen] = freeRam[chosen]! - v.ram;
    assignment[v.id] = hosts[chosen]!.id;
  }
  const used = new Set(Object.values(assignment));
  return { assignment, unplaced, hostsUsed: hosts.filter((h) => used.has(h.id)).map((h) => h.id) };
}

const round = (x: number): number => Math.round(x * 100) / 100;
