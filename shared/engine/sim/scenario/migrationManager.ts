import type { MigrationMode, NodeId, StopPolicy } from '../../../model';
import { PRIORITY, type Simulator, type TaskHandle } from '../core/simulator';
import { lifecycleTransition } from '../lifecycle/vmLifecycle';
import { MigrationRun, type Segment } from '../migration/migrationRun';
import { resolveParams, type MigrationParams } from '../migration/params';
import { maxMinFairShareIndexed } from '../network/fairShare';
import { baseLink, type MigrationNetwork } from '../network/migrationNetwork';
import type { MigrationOutcome, MigrationSummary, SimEvent } from './simEvents';
import { roomFor, type VmRt, type World } from './world';

export interface MigrationRequest {
  vm: NodeId;
  to: NodeId;
  mode: MigrationMode;
  policy: StopPolicy;
  params: Partial<MigrationParams>;
}

interface Flight {
  id: string;
  vm: NodeId;
  from: NodeId;
  to: NodeId;
  mode: MigrationMode;
  policy: StopPolicy;
  params: Partial<MigrationParams>;
  run: MigrationRun | null;
  path: string[];
  /** The path as numbered link directions, for the fair share. */
  pathIdx: Int32Array;
  seg: Segment | null;
  segLeft: number;
  segStart: number;
  rate: number;
  updatedAt: number;
  completion: TaskHandle | null;
  rowsSent: number;
  reserved: boolean;
}

const EPS = 1e-9;

/**
 * Runs a scenario's migrations on the simulator: per-host concurrency limits (the rest wait in
 * FIFO order), flows over the migration network sharing each link max-min fairly (recomputed
 * whenever a flow starts, ends or changes its rate cap), and the VM's fate when a link is cut or
 * a host fails: before post-copy the VM stays on the source; during post-copy it is lost.
 */
export class MigrationManager {
  private readonly active = new Map<string, Flight>();
  private readonly queue: Flight[] = [];
  private readonly outcomes = new Map<string, MigrationOutcome>();
  private nextId = 1;
  private reallocPending = false;

  constructor(
    private readonly sim: Simulator<SimEvent>,
    private readonly world: World,
    private readonly net: MigrationNetwork,
    private readonly hostLimit: (host: NodeId) => number,
  ) {}

  /** Accepts a migration (started now or queued) or returns why it is refused. */
  request(req: MigrationRequest): { ok: true; id: string } | { ok: false; reason: string } {
    const vm = this.world.vms.get(req.vm)!;
    const from = vm.host!;
    const f: Flight = {
      id: `mig-${this.nextId++}`, vm: vm.id, from, to: req.to, mode: req.mode, policy: req.policy, params: req.params,
      run: null, path: [], pathIdx: new Int32Array(0), seg: null, segLeft: 0, segStart: 0, rate: 0, updatedAt: 0, completion: null, rowsSent: 0, reserved: false,
    };
    const path = this.net.path(from, req.to);
    if (!path) return { ok: false, reason: `no migration network path from ${this.hostName(from)} to ${this.hostName(req.to)} (links down or not wired)` };
    const resolved = resolveParams(this.paramsFor(f, path));
    if (!resolved.ok) return { ok: false, reason: resolved.error.message };
    if (vm.state === 'running' || vm.state === 'suspended') this.reserve(f, vm, +1);
    vm.migration = f.id;
    this.outcomes.set(f.id, { migration: f.id, vm: vm.id, from, to: req.to, mode: req.mode, policy: req.policy, status: 'queued', reason: 'waiting for a migration slot' });
    if (this.canStart(f)) this.start(f);
    else {
      this.queue.push(f);
      this.sim.emit({ type: 'migration-queued', migration: f.id, vm: vm.id, from, to: req.to, reason: this.queueReason(f) });
    }
    return { ok: true, id: f.id };
  }

  /** The guest's dirty rate changed: running migrations see it from now on. */
  setDirtyRate(vm: NodeId, mibs: number): void {
    for (const f of this.active.values()) if (f.vm === vm) f.run?.setDirtyRate(mibs);
  }

  /** Links went down: every flow crossing one of them aborts. */
  linksDown(links: readonly string[]): void {
    const down = new Set(links);
    for (const f of [...this.active.values()]) {
      const hit = f.path.map(baseLink).find((l) => down.has(l));
      if (hit) this.abort(f, 'link-cut', `The migration network link ${this.net.links.get(hit)?.label ?? hit} was cut.`);
    }
  }

  /** A host failed: migrations from or to it end. Returns the VMs lost in post-copy. */
  hostFailed(host: NodeId): void {
    for (const f of [...this.queue]) {
      if (f.from !== host && f.to !== host) continue;
      this.queue.splice(this.queue.indexOf(f), 1);
      this.release(f);
      this.world.vms.get(f.vm)!.migration = null;
      this.setOutcome(f, 'aborted', `${this.hostName(host)} failed before the migration could start.`);
      this.sim.emit({ type: 'migration-aborted', migration: f.id, vm: f.vm, reason: `${this.hostName(host)} failed`, vmLost: false });
    }
    for (const f of [...this.active.values()]) {
      if (f.from === host || f.to === host) this.abort(f, 'host-failed', `${this.hostName(host)} failed during the migration.`);
    }
  }

  /** Every migration asked for so far, with its status and reason. */
  results(): MigrationOutcome[] {
    return [...this.outcomes.values()];
  }

  /** Any migration still running or queued. */
  get busy(): boolean {
    return this.active.size > 0 || this.queue.length > 0;
  }

  private paramsFor(f: Flight, path: string[]): MigrationParams {
    const vm = this.world.vms.get(f.vm)!;
    const bottleneck = path.length === 0 ? Infinity : Math.min(...path.map((l) => this.net.capacity(l)));
    return {
      memoryMiB: vm.ramMiB,
      dirtyRateMiBs: vm.workload.dirtyRateMiBs,
      wwsMiB: vm.workload.wwsMiB,
      // Nominal rate, used to plan skipping; the real rate comes from the fair share.
      bandwidthMiBs: Number.isFinite(bottleneck) ? bottleneck : 1e6,
      mode: f.mode,
      policy: f.policy,
      resumeMs: f.mode === 'cold' && vm.state === 'running' ? 30_000 : 0,
      ...f.params,
    };
  }

  private canStart(f: Flight): boolean {
    return this.runningOn(f.from) < this.hostLimit(f.from) && this.runningOn(f.to) < this.hostLimit(f.to);
  }

  private queueReason(f: Flight): string {
    const full = [f.from, f.to].filter((h) => this.runningOn(h) >= this.hostLimit(h));
    return full.map((h) => `${this.hostName(h)} already runs ${this.runningOn(h)} migration(s) (limit ${this.hostLimit(h)})`).join('; ');
  }

  private runningOn(host: NodeId): number {
    let n = 0;
    for (const f of this.active.values()) if (f.from === host || f.to === host) n++;
    return n;
  }

  private start(f: Flight): void {
    const vm = this.world.vms.get(f.vm)!;
    const path = this.net.path(f.from, f.to);
    const dest = this.world.hosts.get(f.to)!;
    const blocked = !path ? `no migration network path from ${this.hostName(f.from)} to ${this.hostName(f.to)}` : dest.failed || !dest.on ? `${dest.name} is no longer available` : null;
    if (blocked) {
      this.release(f);
      vm.migration = null;
      this.setOutcome(f, 'refused', `Could not start: ${blocked}.`);
      this.sim.emit({ type: 'migration-aborted', migration: f.id, vm: f.vm, reason: blocked, vmLost: false });
      return;
    }
    const resolved = resolveParams(this.paramsFor(f, path!));
    if (!resolved.ok) throw new Error(resolved.error.message);
    f.run = new MigrationRun(resolved.value);
    f.path = path!;
    f.pathIdx = Int32Array.from(f.path, (e) => this.net.entryIndex(e));
    vm.returnTo = vm.state;
    this.setState(vm, lifecycleTransition(vm.state, 'migrateStart'), `migrating to ${dest.name}`);
    this.active.set(f.id, f);
    this.setOutcome(f, 'running', 'in progress');
    this.sim.emit({ type: 'migration-started', migration: f.id, vm: f.vm, from: f.from, to: f.to, mode: f.mode, policy: f.policy, path: f.path });
    f.updatedAt = this.sim.now();
    this.nextSegment(f, true);
  }

  private nextSegment(f: Flight, fresh: boolean): void {
    const run = f.run!;
    const prevCap = f.seg?.capMiBs;
    const prevPhase = f.seg?.phase;
    let seg = run.next();
    while (seg && seg.wireMiB <= EPS) {
      run.complete(0);
      seg = run.next();
    }
    this.emitRows(f);
    if (!seg) return this.finish(f);
    f.seg = seg;
    f.segLeft = seg.wireMiB;
    f.segStart = this.sim.now();
    f.updatedAt = this.sim.now();
    if ((seg.phase === 'stop-and-copy' || seg.phase === 'device-state' || seg.phase === 'cold') && seg.phase !== prevPhase) {
      this.sim.emit({ type: 'migration-switchover', migration: f.id, vm: f.vm, phase: seg.phase });
    }
    if (fresh || seg.capMiBs !== prevCap) this.requestRealloc();
    else this.scheduleCompletion(f);
  }

  private segmentDone(f: Flight): void {
    f.completion = null;
    f.segLeft = 0;
    f.run!.complete(this.sim.now() - f.segStart);
    this.nextSegment(f, false);
  }

  private finish(f: Flight): void {
    this.active.delete(f.id);
    this.requestRealloc();
    const vm = this.world.vms.get(f.vm)!;
    const result = f.run!.result();
    const { perRound: _rows, ...summary } = result;
    vm.migration = null;
    this.release(f);
    if (result.completed) {
      this.moveVm(vm, f.to, `migrated from ${this.hostName(f.from)}`);
      this.setState(vm, lifecycleTransition('migrating', 'migrateEnd', vm.returnTo), `migration from ${this.hostName(f.from)} done`);
      this.setOutcome(f, 'completed', result.stopDetail, summary);
      this.sim.emit({ type: 'migration-completed', migration: f.id, vm: f.vm, to: f.to, summary });
    } else {
      this.setState(vm, lifecycleTransition('migrating', 'migrateEnd', vm.returnTo), `migration aborted, still on ${this.hostName(f.from)}`);
      this.setOutcome(f, 'aborted', result.stopDetail, summary);
      this.sim.emit({ type: 'migration-aborted', migration: f.id, vm: f.vm, reason: result.stopDetail, vmLost: false });
    }
    this.startQueued();
  }

  private abort(f: Flight, reason: 'link-cut' | 'host-failed', detail: string): void {
    this.progress(f);
    f.completion?.cancel();
    const run = f.run!;
    const lost = run.inPostcopy;
    run.abort(reason, detail);
    this.emitRows(f);
    this.active.delete(f.id);
    this.requestRealloc();
    this.release(f);
    const vm = this.world.vms.get(f.vm)!;
    vm.migration = null;
    const { perRound: _rows, ...summary } = run.result();
    if (lost) {
      this.world.hosts.get(f.from)?.vms.delete(vm.id);
      vm.host = null;
      vm.lost = true;
      this.setState(vm, { ok: true, to: 'stopped' }, 'lost during post-copy');
      vm.note = `lost: ${detail} It was running on ${this.hostName(f.to)} in post-copy with part of its memory still on ${this.hostName(f.from)}`;
      this.setOutcome(f, 'lost', `${detail} The VM was in post-copy: it is lost.`, summary);
      this.sim.emit({ type: 'migration-aborted', migration: f.id, vm: f.vm, reason: detail, vmLost: true });
      this.sim.emit({ type: 'vm-lost', vm: vm.id, reason: `${detail} It was in post-copy, its memory split between the two hosts.` });
    } else {
      this.setState(vm, lifecycleTransition('migrating', 'migrateEnd', vm.returnTo), `migration aborted (${reason}), still on ${this.hostName(f.from)}`);
      this.setOutcome(f, 'aborted', `${detail} Aborted before post-copy: the VM keeps running on ${this.hostName(f.from)}.`, summary);
      this.sim.emit({ type: 'migration-aborted', migration: f.id, vm: f.vm, reason: detail, vmLost: false });
    }
    this.startQueued();
  }

  private startQueued(): void {
    for (let i = 0; i < this.queue.length; ) {
      const f = this.queue[i]!;
      if (this.canStart(f)) {
        this.queue.splice(i, 1);
        this.start(f);
      } else i++;
    }
  }

  private requestRealloc(): void {
    if (this.reallocPending) return;
    this.reallocPending = true;
    this.sim.after(0, () => this.realloc(), PRIORITY.late);
  }

  /** Max-min fair share over the flows in flight; each flow's completion is rescheduled at its new rate. */
  private realloc(): void {
    this.reallocPending = false;
    const flows = [...this.active.values()].filter((f) => f.seg);
    flows.forEach((f) => this.progress(f));
    const rates = maxMinFairShareIndexed(flows.map((f) => f.pathIdx), flows.map((f) => f.seg!.capMiBs), this.net.entryCapacities());
    for (const [i, f] of flows.entries()) {
      const raw = rates[i]!;
      const rate = Number.isFinite(raw) ? raw : 1e6;
      // A flow whose rate is unchanged keeps its completion event: it is still due at the same time.
      if (rate === f.rate && f.completion) continue;
      f.rate = rate;
      this.sim.emit({ type: 'migration-rate', migration: f.id, rateMiBs: f.rate });
      this.scheduleCompletion(f);
    }
  }

  private progress(f: Flight): void {
    const now = this.sim.now();
    f.segLeft = Math.max(0, f.segLeft - f.rate * (now - f.updatedAt));
    f.updatedAt = now;
  }

  private scheduleCompletion(f: Flight): void {
    f.completion?.cancel();
    f.completion = f.rate > 0 ? this.sim.after(f.segLeft / f.rate, () => this.segmentDone(f)) : null;
  }

  private emitRows(f: Flight): void {
    const rows = f.run!.result().perRound;
    for (; f.rowsSent < rows.length; f.rowsSent++) this.sim.emit({ type: 'migration-round', migration: f.id, row: rows[f.rowsSent]! });
  }

  private reserve(f: Flight, vm: VmRt, sign: 1 | -1): void {
    const h = this.world.hosts.get(f.to)!;
    h.reservedMiB += sign * vm.ramMiB;
    h.reservedVcpus += sign * vm.vcpus;
    f.reserved = sign > 0;
  }

  private release(f: Flight): void {
    if (f.reserved) this.reserve(f, this.world.vms.get(f.vm)!, -1);
  }

  private moveVm(vm: VmRt, to: NodeId, why: string): void {
    const from = vm.host!;
    this.world.hosts.get(from)?.vms.delete(vm.id);
    this.world.hosts.get(to)!.vms.add(vm.id);
    vm.host = to;
    vm.note = why;
    this.sim.emit({ type: 'vm-moved', vm: vm.id, from, to, reason: why });
  }

  private setState(vm: VmRt, t: ReturnType<typeof lifecycleTransition>, reason: string): void {
    if (!t.ok) throw new Error(`Illegal life-cycle step for ${vm.name}: ${t.reason}`);
    if (t.to === vm.state) return;
    const from = vm.state;
    vm.state = t.to;
    this.sim.emit({ type: 'vm-state', vm: vm.id, from, to: t.to, reason });
  }

  private setOutcome(f: Flight, status: MigrationOutcome['status'], reason: string, summary?: MigrationSummary): void {
    const o = this.outcomes.get(f.id)!;
    o.status = status;
    o.reason = reason;
    if (summary) o.summary = summary;
  }

  private hostName(id: NodeId): string {
    return this.world.hosts.get(id)?.name ?? id;
  }

  /** Why this VM cannot be moved onto that host now (capacity), or null. */
  static destinationRefusal(world: World, vm: VmRt, to: NodeId): string | null {
    const h = world.hosts.get(to);
    if (!h) return `${to} is not a host`;
    if (vm.host === to) return `${vm.name} already runs on ${h.name}`;
    if (vm.state === 'stopped' || vm.state === 'suspended') return h.failed ? `${h.name} has failed` : !h.on ? `${h.name} is powered off` : null;
    return roomFor(world, h, vm);
  }
}
