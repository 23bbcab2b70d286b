import { powerAt, type PowerModel } from '../../../model';

import type { DynamicConsolidationInput } from './classicSetup';
import { DEFAULT_SAFETY, FALLBACK_THRESHOLD, LR_WINDOW, MIN_ADAPTIVE_HISTORY, type OverloadPolicy } from './overload';
import { selectMc, type SelectableVm, type SelectionPolicy } from './selection';
import { iqrInto, madInto } from './stats';

/** CloudSim keeps the last 30 utilization samples of each VM. */
const HISTORY = 30;
// Module-local copies: the hot loops below run millions of times per simulated day.
const LR_N = LR_WINDOW;
const FALLBACK = FALLBACK_THRESHOLD;
const MIN_HISTORY = MIN_ADAPTIVE_HISTORY;
/** Power differences closer than this (watts) are ties. */
const TIE_W = 1e-9;
/** While it migrates, a VM gets 90 % of its CPU on the source and its destination spends 10 % of it. */
const MIGRATION_SOURCE_SHARE = 0.9;
const MIGRATION_TARGET_SHARE = 0.1;

export interface ConsolidationMetrics {
  policy: OverloadPolicy;
  ramAndBwLimits: boolean;
  selection: SelectionPolicy;
  safety: number;
  hosts: number;
  vms: number;
  /** VMs that found no host at the start (CloudSim leaves them out). */
  unplacedVms: number;
  simulatedS: number;
  energyKWh: number;
  migrations: number;
  /** SLA time per active host: share of active-host time with CPU demand above capacity. */
  slatah: number;
  /** Performance degradation due to migrations: CPU withheld from migrating VMs over all CPU requested. */
  pdm: number;
  slav: number;
  /** Times a host went from active to idle (switched off). */
  hostShutdowns: number;
  meanActiveHosts: number;
}

interface Move {
  vm: number;
  from: number;
  to: number;
}

/**
 * Dynamic VM consolidation over utilization traces, following Beloglazov & Buyya (2012) and
 * CloudSim's power package: at every scheduling interval, detect overloaded hosts (THR, MAD, IQR,
 * LR), pick VMs to move (MMT, MU, MC), place them with power-aware best fit decreasing (PABFD),
 * then try to empty the least-utilized hosts, which are switched off. Energy is integrated with
 * the trapezoid rule between events, an idle host drawing nothing (it is off).
 *
 * Deliberate differences from CloudSim, documented: SLATAH counts time when a host's CPU demand
 * exceeds its capacity (the paper's definition; CloudSim also counts a migration's destination as
 * violated because it books the incoming VM's full demand against 10 % allocation), and a VM's
 * history is its trace (no special case for a zero first sample).
 */
export class DynamicConsolidation {
  private readonly H: number;
  private readonly V: number;
  private readonly samples: number;
  private readonly interval: number;
  private readonly policy: OverloadPolicy;
  private readonly selection: SelectionPolicy;
  private readonly safety: number;
  private readonly ramAndBwLimits: boolean;
  /** True while VMs are being created: they request their full MIPS, RAM and bandwidth. */
  private instantiating = true;
  // Hosts.
  private readonly total: Float64Array;
  private readonly peMips: Float64Array;
  private readonly ramCap: Float64Array;
  private readonly bwCap: Float64Array;
  private readonly hostType: Int32Array;
  private readonly powerModels: PowerModel[];
  /** Per host type, watts at 0, 1, ..., 100 % load (exact for 11-point tables and linear models alike). */
  private readonly powerTables: Float64Array[];
  private readonly typeCount: number;
  // VMs.
  private readonly mips: Float64Array;
  private readonly ram: Float64Array;
  private readonly bw: Float64Array;
  private readonly util: Float64Array[];
  private readonly placed: Uint8Array;
  // State.
  private lists: number[][];
  private readonly usedRam: Float64Array;
  private readonly usedBw: Float64Array;
  private readonly req: Float64Array;
  private readonly base: Float64Array;
  private readonly hist: Float64Array;
  private readonly cur: Float64Array;
  private readonly next: Float64Array;
  private histLen = 0;
  private tick = 0;
  private nonEmpty: number[] = [];
  private inNonEmpty: Uint8Array;
  private emptyByType: number[][] = [];
  private emptyPos: Int32Array;
  private readonly scratch = new Float64Array(HISTORY);
  private readonly work = new Float64Array(HISTORY);
  private readonly lastActive: Uint8Array;
  /** Tentative list changes while planning, to undo them afterwards (see optimize). */
  private readonly undo: number[] = [];
  /** Largest VM RAM per host, recomputed lazily after its list changes (LR's migration-time horizon). */
  private readonly maxRam: Float64Array;
  private readonly maxRamStale: Uint8Array;
  private logging = false;
  // Metrics.
  private energyWs = 0;
  private migrations = 0;
  private activeTime = 0;
  private violationTime = 0;
  private shortfall = 0;
  private requestedTotal = 0;
  private shutdowns = 0;
  private unplaced = 0;

  constructor(input: DynamicConsolidationInput) {
    this.H = input.hosts.length;
    this.V = input.vms.length;
    this.interval = input.intervalS ?? 300;
    this.policy = input.policy;
    this.selection = input.selection;
    this.safety = input.safety ?? DEFAULT_SAFETY[input.policy];
    this.ramAndBwLimits = input.ramAndBwLimits ?? false;
    const types = [...new Set(input.hosts)];
    this.typeCount = types.length;
    this.powerModels = types.map((t) => t.power);
    this.powerTables = this.powerModels.map((m) => Float64Array.from({ length: 101 }, (_, i) => powerAt(m, i / 100)));
    this.total = Float64Array.from(input.hosts, (h) => h.mipsPerPe * h.pes);
    this.peMips = Float64Array.from(input.hosts, (h) => h.mipsPerPe);
    this.ramCap = Float64Array.from(input.hosts, (h) => h.ramMiB);
    this.bwCap = Float64Array.from(input.hosts, (h) => h.bwMbps);
    this.hostType = Int32Array.from(input.hosts, (h) => types.indexOf(h));
    this.mips = Float64Array.from(input.vms, (v) => v.type.mips);
    this.ram = Float64Array.from(input.vms, (v) => v.type.ramMiB);
    this.bw = Float64Array.from(input.vms, (v) => v.type.bwMbps);
    this.samples = input.vms.reduce((m, v) => Math.max(m, v.trace.length), 0);
    // Utilization as a fraction, one extra sample (the last repeated) so the last interval interpolates.
    this.util = input.vms.map((v) => {
      const u = new Float64Array(this.samples + 1);
      for (let i = 0; i <= this.samples; i++) u[i] = (v.trace[Math.min(i, v.trace.length - 1)] ?? 0) / 100;
      return u;
    });
    this.placed = new Uint8Array(this.V);
    this.lists = Array.from({ length: this.H }, () => []);
    this.usedRam = new Float64Array(this.H);
    this.usedBw = new Float64Array(this.H);
    this.req = new Float64Array(this.H);
    this.base = new Float64Array(this.H);
    this.hist = new Float64Array(this.H * HISTORY);
    this.cur = new Float64Array(this.V);
    this.next = new Float64Array(this.V);
    this.inNonEmpty = new Uint8Array(this.H);
    this.emptyPos = new Int32Array(this.typeCount);
    this.lastActive = new Uint8Array(this.H);
    this.maxRam = new Float64Array(this.H);
    this.maxRamStale = new Uint8Array(this.H).fill(1);
    this.initialPlacement();
  }

  /** True once every interval of the traces has been simulated. */
  get done(): boolean {
    return this.tick >= this.samples;
  }

  /** Intervals simulated so far and in all. */
  get progress(): { done: number; total: number } {
    return { done: this.tick, total: this.samples };
  }

  /** Simulates one scheduling interval: decide the migrations at its start, then integrate energy and SLA over it. */
  step(): void {
    if (this.done) return;
    const k = this.tick;
    this.processAt(k);
    const moves = this.optimize();
    this.integrate(k, this.execute(moves));
    this.tick++;
  }

  /** Runs every remaining interval. */
  runToEnd(): ConsolidationMetrics {
    while (!this.done) this.step();
    return this.metrics();
  }

  metrics(): ConsolidationMetrics {
    const simulated = this.tick * this.interval;
    const slatah = this.activeTime > 0 ? this.violationTime / this.activeTime : 0;
    const pdm = this.requestedTotal > 0 ? this.shortfall / this.requestedTotal : 0;
    return {
      policy: this.policy,
      ramAndBwLimits: this.ramAndBwLimits,
      selection: this.selection,
      safety: this.safety,
      hosts: this.H,
      vms: this.V,
      unplacedVms: this.unplaced,
      simulatedS: simulated,
      energyKWh: this.energyWs / 3.6e6,
      migrations: this.migrations,
      slatah,
      pdm,
      slav: slatah * pdm,
      hostShutdowns: this.shutdowns,
      meanActiveHosts: simulated > 0 ? this.activeTime / simulated : 0,
    };
  }

  // ---- placement at the start (VMs request their full MIPS while being created, as in CloudSim) ----

  private initialPlacement(): void {
    for (let v = 0; v < this.V; v++) this.cur[v] = this.mips[v]!;
    this.histLen = 0;
    this.resetCandidates();
    for (let v = 0; v < this.V; v++) {
      const h = this.findHost(v, null);
      if (h < 0) {
        this.unplaced++;
        continue;
      }
      this.placed[v] = 1;
      this.add(v, h);
    }
    this.instantiating = false;
  }

  /** The host's state as CloudSim's datacenter computes it at an interval start: demand, allocation, history. */
  private processAt(k: number): void {
    for (let v = 0; v < this.V; v++) this.cur[v] = this.util[v]![k]! * this.mips[v]!;
    this.histLen = Math.min(k + 1, HISTORY);
    this.hist.fill(0);
    for (let h = 0; h < this.H; h++) {
      let r = 0;
      for (const v of this.lists[h]!) {
        r += this.cur[v]!;
        this.addHistory(h, v, 1);
      }
      this.req[h] = r;
      this.base[h] = Math.min(r, this.total[h]!);
    }
  }

  // ---- one optimization (CloudSim's optimizeAllocation) ----

  private optimize(): Move[] {
    const savedRam = this.usedRam.slice();
    const savedBw = this.usedBw.slice();
    this.undo.length = 0;
    this.logging = true;
    this.resetCandidates();
    const excluded = new Uint8Array(this.H);
    const over: number[] = [];
    for (let h = 0; h < this.H; h++) if (this.lists[h]!.length > 0 && this.isOver(h, -1)) over.push(h);
    const originOf = new Map<number, number>();
    const toMigrate: number[] = [];
    for (const h of over) {
      excluded[h] = 1;
      for (;;) {
        const list = this.lists[h]!;
        if (list.length === 0) break;
        const vm = list[this.select(list)]!;
        this.remove(vm, h);
        originOf.set(vm, h);
        toMigrate.push(vm);
        if (!this.isOver(h, -1)) break;
      }
    }
    const moves: Move[] = [];
    toMigrate.sort((a, b) => this.cur[b]! - this.cur[a]!);
    for (const vm of toMigrate) {
      const to = this.findHost(vm, excluded);
      if (to >= 0) {
        this.add(vm, to);
        moves.push({ vm, from: originOf.get(vm)!, to });
      }
    }
    this.underloaded(over, moves);
    // Restore: planning was tentative; the moves are executed from the saved placement. Demand and
    // history need no restoring: the next interval recomputes them.
    this.logging = false;
    // Undo log entries: [kind (1 add, 0 remove), host, index in the list, vm], undone last first.
    const u = this.undo;
    for (let i = u.length - 4; i >= 0; i -= 4) {
      const list = this.lists[u[i + 1]!]!;
      if (u[i] === 1) list.pop();
      else list.splice(u[i + 2]!, 0, u[i + 3]!);
    }
    this.usedRam.set(savedRam);
    this.usedBw.set(savedBw);
    this.maxRamStale.fill(1);
    return moves;
  }

  /** Empties the least-utilized hosts whose VMs can all go elsewhere (all or nothing per host). */
  private underloaded(over: number[], moves: Move[]): void {
    const exclFind = new Uint8Array(this.H);
    const exclPlace = new Uint8Array(this.H);
    let excludedCount = 0;
    const exclude = (arr: Uint8Array, h: number, counted: boolean) => {
      if (!arr[h]) {
        arr[h] = 1;
        if (counted) excludedCount++;
      }
    };
    for (const h of over) {
      exclude(exclFind, h, true);
      exclude(exclPlace, h, false);
    }
    for (let h = 0; h < this.H; h++) {
      if (this.base[h] === 0) {
        exclude(exclFind, h, true);
        exclude(exclPlace, h, false);
      }
    }
    for (const m of moves) exclude(exclFind, m.to, true);
    const order: number[] = [];
    for (let h = 0; h < this.H; h++) {
      const u = this.base[h]! / this.total[h]!;
      if (!exclFind[h] && u > 0 && u < 1) order.push(h);
    }
    order.sort((a, b) => this.base[a]! / this.total[a]! - this.base[b]! / this.total[b]! || a - b);
    for (const h of order) {
      if (excludedCount === this.H) break;
      if (exclFind[h]) continue;
      exclude(exclFind, h, true);
      exclude(exclPlace, h, false);
      const vms = this.lists[h]!.slice().sort((a, b) => this.cur[b]! - this.cur[a]!);
      if (vms.length === 0) continue;
      const planned: Move[] = [];
      for (const vm of vms) {
        const to = this.findHost(vm, exclPlace);
        if (to < 0) {
          for (const p of planned) this.remove(p.vm, p.to);
          planned.length = 0;
          break;
        }
        this.add(vm, to);
        planned.push({ vm, from: h, to });
      }
      for (const p of planned) {
        moves.push(p);
        exclude(exclFind, p.to, true);
      }
    }
  }

  /** PABFD: the suitable host whose power grows least (ties to the lowest index), or -1. */
  private findHost(vm: number, excluded: Uint8Array | null): number {
    this.best = -1;
    this.bestDiff = Infinity;
    for (const h of this.nonEmpty) this.consider(h, vm, excluded);
    for (let t = 0; t < this.typeCount; t++) {
      const list = this.emptyByType[t]!;
      let p = this.emptyPos[t]!;
      while (p < list.length && this.lists[list[p]!]!.length > 0) p++;
      this.emptyPos[t] = p;
      if (p < list.length) this.consider(list[p]!, vm, excluded);
    }
    return this.best;
  }

  private best = -1;
  private bestDiff = Infinity;

  private consider(h: number, vm: number, excluded: Uint8Array | null): void {
    if (excluded !== null && excluded[h] === 1) return;
    const need = this.cur[vm]!;
    const total = this.total[h]!;
    if (this.peMips[h]! < need || total - this.req[h]! < need) return;
    if ((this.instantiating || this.ramAndBwLimits) && (this.usedRam[h]! + this.ram[vm]! > this.ramCap[h]! || this.usedBw[h]! + this.bw[vm]! > this.bwCap[h]!)) return;
    const base = this.base[h]!;
    const after = (base + need) / total;
    if (after > 1) return;
    const table = this.powerTables[this.hostType[h]!]!;
    const diff = interpolate(table, after) - interpolate(table, base / total);
    // Equal power increases (within rounding) go to the lowest host index, as CloudSim's in-order scan does.
    if (diff > this.bestDiff + TIE_W || (diff >= this.bestDiff - TIE_W && h > this.best)) return;
    if (base !== 0 && this.isOver(h, vm)) return;
    this.best = h;
    this.bestDiff = diff;
  }

  /** Non-empty hosts, and per host type the empty ones in index order (empty hosts of a type are interchangeable). */
  private resetCandidates(): void {
    this.nonEmpty = [];
    this.inNonEmpty.fill(0);
    this.emptyByType = Array.from({ length: this.typeCount }, () => []);
    this.emptyPos.fill(0);
    for (let h = 0; h < this.H; h++) {
      if (this.lists[h]!.length > 0) {
        this.nonEmpty.push(h);
        this.inNonEmpty[h] = 1;
      } else this.emptyByType[this.hostType[h]!]!.push(h);
    }
  }

  private select(list: number[]): number {
    let best = 0;
    if (this.selection === 'mmt') {
      for (let i = 1; i < list.length; i++) if (this.ram[list[i]!]! < this.ram[list[best]!]!) best = i;
      return best;
    }
    const u = (v: number) => this.util[v]![this.tick]!;
    if (this.selection === 'mu') {
      for (let i = 1; i < list.length; i++) if (u(list[i]!) < u(list[best]!)) best = i;
      return best;
    }
    return selectMc(list.map((v) => this.selectable(v)));
  }

  private selectable(v: number): SelectableVm {
    const history = new Float64Array(this.histLen);
    for (let j = 0; j < this.histLen; j++) history[j] = this.util[v]![this.tick - j]!;
    return { ramMiB: this.ram[v]!, utilization: this.util[v]![this.tick]!, history };
  }

  // ---- overload detection on the host's (tentative) VM list, optionally with one more VM ----

  private isOver(h: number, extra: number): boolean {
    const util = (this.req[h]! + (extra >= 0 ? this.cur[extra]! : 0)) / this.total[h]!;
    if (this.policy === 'thr') return util > this.safety;
    const y = this.scratch;
    const off = h * HISTORY;
    let len = 0;
    for (let j = 0; j < this.histLen; j++) {
      y[j] = this.hist[off + j]! + (extra >= 0 ? (this.util[extra]![this.tick - j]! * this.mips[extra]!) / this.total[h]! : 0);
      if (y[j] !== 0) len = j + 1;
    }
    if (this.policy === 'lr') {
      if (len < LR_N) return util > FALLBACK;
      // OLS over x = 1..10 with the oldest of the last ten samples first.
      let sy = 0;
      let sxy = 0;
      for (let i = 0; i < LR_N; i++) {
        const v = y[LR_N - 1 - i]!;
        sy += v;
        sxy += (i + 1) * v;
      }
      // x = 1..10: Σx = 55, n·Σx² - (Σx)² = 825.
      const slope = (LR_N * sxy - 55 * sy) / 825;
      const intercept = (sy - slope * 55) / LR_N;
      return (intercept + slope * (LR_N + this.migrationIntervals(h, extra))) * this.safety >= 1;
    }
    if (len < MIN_HISTORY) return util > FALLBACK;
    return util > 1 - this.safety * (this.policy === 'mad' ? madInto(y, len, this.work) : iqrInto(y, len, this.work));
  }

  /** Scheduling intervals the longest migration off this host would take (CloudSim: RAM over half the bandwidth). */
  private migrationIntervals(h: number, extra: number): number {
    if (this.maxRamStale[h]) {
      let m = -Infinity;
      for (const v of this.lists[h]!) if (this.ram[v]! > m) m = this.ram[v]!;
      this.maxRam[h] = m;
      this.maxRamStale[h] = 0;
    }
    const maxRam = Math.max(this.maxRam[h]!, extra >= 0 ? this.ram[extra]! : -Infinity);
    if (!Number.isFinite(maxRam)) return 0;
    return Math.ceil(this.migrationTime(maxRam, h) / this.interval);
  }

  /** A migration takes RAM / (half the host's bandwidth): MB over Mbit/s x 16. */
  private migrationTime(ramMiB: number, host: number): number {
    return (ramMiB * 16) / this.bwCap[host]!;
  }

  // ---- tentative placement bookkeeping ----

  private add(v: number, h: number): void {
    if (this.logging) this.undo.push(1, h, this.lists[h]!.length, v);
    this.lists[h]!.push(v);
    this.maxRamStale[h] = 1;
    this.usedRam[h] = this.usedRam[h]! + this.ram[v]!;
    this.usedBw[h] = this.usedBw[h]! + this.bw[v]!;
    this.req[h] = this.req[h]! + this.cur[v]!;
    this.addHistory(h, v, 1);
    if (!this.inNonEmpty[h]) {
      this.inNonEmpty[h] = 1;
      this.nonEmpty.push(h);
    }
  }

  private remove(v: number, h: number): void {
    const list = this.lists[h]!;
    const at = list.indexOf(v);
    if (this.logging) this.undo.push(0, h, at, v);
    list.splice(at, 1);
    this.maxRamStale[h] = 1;
    this.usedRam[h] = this.usedRam[h]! - this.ram[v]!;
    this.usedBw[h] = this.usedBw[h]! - this.bw[v]!;
    this.req[h] = this.req[h]! - this.cur[v]!;
    this.addHistory(h, v, -1);
  }

  private addHistory(h: number, v: number, sign: 1 | -1): void {
    const off = h * HISTORY;
    const scale = (sign * this.mips[v]!) / this.total[h]!;
    const u = this.util[v]!;
    for (let j = 0; j < this.histLen; j++) this.hist[off + j] = this.hist[off + j]! + u[this.tick - j]! * scale;
  }

  // ---- execution and accounting ----

  private execute(moves: Move[]): (Move & { d: number })[] {
    const timed = moves.map((m) => ({ ...m, d: Math.min(this.interval, this.migrationTime(this.ram[m.vm]!, m.to)) }));
    for (const m of timed) {
      const list = this.lists[m.from]!;
      list.splice(list.indexOf(m.vm), 1);
      this.lists[m.to]!.push(m.vm);
      this.usedRam[m.from] = this.usedRam[m.from]! - this.ram[m.vm]!;
      this.usedRam[m.to] = this.usedRam[m.to]! + this.ram[m.vm]!;
      this.usedBw[m.from] = this.usedBw[m.from]! - this.bw[m.vm]!;
      this.usedBw[m.to] = this.usedBw[m.to]! + this.bw[m.vm]!;
    }
    this.migrations += timed.length;
    return timed;
  }

  /** Energy, active time, SLA time and migration shortfall over interval k, split at migration ends. */
  private integrate(k: number, moves: (Move & { d: number })[]): void {
    const I = this.interval;
    // Demand at the start and end of the interval; in between it is linear (CloudSim interpolates traces).
    const a0 = this.cur;
    const a1 = this.next;
    for (let v = 0; v < this.V; v++) {
      a1[v] = this.util[v]![k + 1]! * this.mips[v]!;
      if (this.placed[v]) this.requestedTotal += ((a0[v]! + a1[v]!) / 2) * I;
    }
    const at = (v: number, tau: number) => a0[v]! + ((a1[v]! - a0[v]!) * tau) / I;
    const byHost = new Map<number, (Move & { d: number })[]>();
    for (const m of moves) {
      for (const h of [m.from, m.to]) {
        const list = byHost.get(h);
        if (list) list.push(m);
        else byHost.set(h, [m]);
      }
    }
    for (let h = 0; h < this.H; h++) {
      const mine = byHost.get(h);
      if (!mine) {
        let a = 0;
        let b = 0;
        for (const v of this.lists[h]!) {
          a += a0[v]!;
          b += a1[v]!;
        }
        this.segment(h, a, b, I);
        continue;
      }
      // Membership during [a, b): settled VMs, VMs still leaving (full), VMs still arriving (10 %).
      const cuts = [...new Set([0, ...mine.map((m) => m.d), I])].sort((x, y) => x - y);
      const arriving = new Set(mine.filter((m) => m.to === h).map((m) => m.vm));
      const demand = (tau: number, segStart: number) => {
        let r = 0;
        for (const v of this.lists[h]!) if (!arriving.has(v)) r += at(v, tau);
        for (const m of mine) {
          if (m.from === h && m.d > segStart) r += at(m.vm, tau);
          if (m.to === h) r += (m.d > segStart ? MIGRATION_TARGET_SHARE : 1) * at(m.vm, tau);
        }
        return r;
      };
      for (let i = 0; i + 1 < cuts.length; i++) {
        const a = cuts[i]!;
        const b = cuts[i + 1]!;
        if (b > a) this.segment(h, demand(a, a), demand(b, a), b - a);
      }
      for (const m of mine) {
        if (m.from !== h) continue;
        // CPU withheld from the migrating VM: 10 %, more if its source was short of CPU.
        const scale = Math.min(1, this.total[h]! / Math.max(1e-9, demand(0, 0)));
        const share = 1 - MIGRATION_SOURCE_SHARE * scale;
        this.shortfall += share * ((at(m.vm, 0) + at(m.vm, m.d)) / 2) * m.d;
      }
    }
  }

  private segment(h: number, reqA: number, reqB: number, dt: number): void {
    const total = this.total[h]!;
    const uA = Math.min(reqA, total) / total;
    const uB = Math.min(reqB, total) / total;
    const active = uA > 0;
    if (this.lastActive[h] && !active) this.shutdowns++;
    this.lastActive[h] = active ? 1 : 0;
    if (!active) return;
    const table = this.powerTables[this.hostType[h]!]!;
    this.energyWs += ((interpolate(table, uA) + interpolate(table, uB)) / 2) * dt;
    this.activeTime += dt;
    if (reqA > total * (1 + 1e-9)) this.violationTime += dt;
  }
}

/** Watts at utilization u (0..1) from a 101-point table, linearly interpolated. */
function interpolate(table: Float64Array, u: number): number {
  const pos = u * 100;
  const lo = pos >= 100 ? 99 : Math.floor(pos);
  return table[lo]! + (table[lo + 1]! - table[lo]!) * (pos - lo);
}
