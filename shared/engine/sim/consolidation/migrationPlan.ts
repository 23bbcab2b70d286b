import type { BinHost, BinVm } from './binPacking';

export interface PlanStep {
  vm: string;
  from: string;
  to: string;
  /** A plain move, or the two halves of a move routed through a scratch host to break a cycle. */
  kind: 'move' | 'to-scratch' | 'from-scratch';
}

export interface MigrationPlan {
  steps: PlanStep[];
  needsScratch: boolean;
  scratchHosts: string[];
  /** Moves that could not be ordered: they wait on each other and no host can hold one of them meanwhile. */
  blocked: { vms: string[]; reason: string } | null;
  /** Hosts that had VMs and have none once the plan is done: they can be switched off. */
  hostsToSwitchOff: string[];
}

const EPS = 1e-9;

/**
 * Orders the migrations from the current placement to `target` so that no step overfills a host:
 * a VM occupies its destination before it leaves its source, so each step needs room for it at
 * the destination as things stand. When every remaining move waits on another (a swap or a longer
 * cycle), one VM is parked on a scratch host with room, then moved on.
 */
export function orderMigrations(hosts: readonly BinHost[], vms: readonly BinVm[], target: Readonly<Record<string, string>>): MigrationPlan {
  const cap = new Map(hosts.map((h) => [h.id, h]));
  const usedCpu = new Map(hosts.map((h) => [h.id, 0]));
  const usedRam = new Map(hosts.map((h) => [h.id, 0]));
  const byId = new Map(vms.map((v) => [v.id, v]));
  const hadVms = new Set<string>();
  for (const v of vms) {
    if (!v.host || !cap.has(v.host)) continue;
    usedCpu.set(v.host, usedCpu.get(v.host)! + v.cpu);
    usedRam.set(v.host, usedRam.get(v.host)! + v.ram);
    hadVms.add(v.host);
  }
  const fits = (h: string, v: BinVm) => usedCpu.get(h)! + v.cpu <= cap.get(h)!.cpu + EPS && usedRam.get(h)! + v.ram <= cap.get(h)!.ram + EPS;
  const move = (v: BinVm, from: string, to: string) => {
    usedCpu.set(from, usedCpu.get(from)! - v.cpu);
    usedRam.set(from, usedRam.get(from)! - v.ram);
    usedCpu.set(to, usedCpu.get(to)! + v.cpu);
    usedRam.set(to, usedRam.get(to)! + v.ram);
  };
  const pending = vms
    .filter((v) => v.host && target[v.id] && target[v.id] !== v.host && cap.has(target[v.id]!))
    .map((v) => ({ vm: v.id, from: v.host!, to: target[v.id]!, viaScratch: false }));
  const steps: PlanStep[] = [];
  const scratch = new Set<string>();
  let blocked: MigrationPlan['blocked'] = null;
  while (pending.length > 0) {
    const i = pending.findIndex((m) => fits(m.to, byId.get(m.vm)!));
    if (i >= 0) {
      const m = pending.splice(i, 1)[0]!;
      move(byId.get(m.vm)!, m.from, m.to);
      steps.push({ vm: m.vm, from: m.from, to: m.to, kind: m.viaScratch ? 'from-scratch' : 'move' });
      continue;
    }
    // Deadlock: park one VM on the host with the most free RAM that is neither end of its move.
    const candidates = [...cap.keys()].sort((a, b) => cap.get(b)!.ram - usedRam.get(b)! - (cap.get(a)!.ram - usedRam.get(a)!) || (a < b ? -1 : 1));
    let parked = false;
    // Each VM is parked at most once, so the loop always ends.
    for (const m of pending) {
      if (m.viaScratch) continue;
      const v = byId.get(m.vm)!;
      const s = candidates.find((h) => h !== m.from && h !== m.to && fits(h, v));
      if (!s) continue;
      move(v, m.from, s);
      steps.push({ vm: m.vm, from: m.from, to: s, kind: 'to-scratch' });
      scratch.add(s);
      m.from = s;
      m.viaScratch = true;
      parked = true;
      break;
    }
    if (!parked) {
      blocked = {
        vms: pending.map((m) => m.vm),
        reason: 'these moves wait on each other (a swap or cycle: each destination is full until another VM leaves) and no other host has room to hold one of them meanwhile',
      };
      break;
    }
  }
  const occupied = new Set<string>();
  for (const v of vms) {
    const final = steps.filter((s) => s.vm === v.id).at(-1)?.to ?? v.host;
    if (final) occupied.add(final);
  }
  return {
    steps,
    needsScratch: scratch.size > 0,
    scratchHosts: [...scratch],
    blocked,
    hostsToSwitchOff: hosts.filter((h) => hadVms.has(h.id) && !occupied.has(h.id)).map((h) => h.id),
  };
}
