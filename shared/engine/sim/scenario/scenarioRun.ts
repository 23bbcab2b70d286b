import type { Design, NodeId, Scenario, ScenarioAction, VmState } from '../../../model';
import { Simulator } from '../core/simulator';
import { checkAdmission, planHaRestarts, type AdmissionCheck } from '../ha/failover';
import { canMigrate, LIFECYCLE_TIMING, lifecycleTransition, type LifecycleInput } from '../lifecycle/vmLifecycle';
import { MigrationNetwork } from '../network/migrationNetwork';
import type { LoggedSimEvent, ScenarioReport, SimEvent, VmOutcome } from './simEvents';
import { MigrationManager } from './migrationManager';
import { migrationOptions } from './migrationOptions';
import { buildWorld, roomFor, type VmRt, type World } from './world';

export interface ScenarioRunOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Concurrent migrations per host (source or destination); default 4 below 10 Gbit/s links, 8 from 10 Gbit/s (vSphere's vMotion limits). */
  hostMigrationLimit?: number;
}

/** 10 Gbit/s in MiB/s: the link speed from which a host may run 8 concurrent migrations. */
const TEN_GBIT_MIBS = 1192;

/**
 * A scenario played against a design on the discrete-event simulator. Step it, run it to a time,
 * or run it to the end; its log is the replayable timeline.
 */
export class ScenarioRun {
  readonly sim: Simulator<SimEvent>;
  readonly world: World;
  readonly net: MigrationNetwork;
  private readonly migrations: MigrationManager;
  private readonly admission = new Map<NodeId, AdmissionCheck>();
  private readonly endAt: number;
  private ended = false;
  private readonly seed: number;

  constructor(design: Design, readonly scenario: Scenario, options: ScenarioRunOptions = {}) {
    const seed = options.seed ?? scenario.seed;
    this.seed = seed;
    this.sim = new Simulator<SimEvent>(seed);
    this.world = buildWorld(design);
    this.net = new MigrationNetwork(design);
    const limits = new Map<NodeId, number>();
    for (const h of this.world.hosts.keys()) {
      const fastest = Math.max(0, ...[...this.net.links.values()].filter((l) => l.elements.includes(h)).map((l) => l.capacityMiBs));
      limits.set(h, options.hostMigrationLimit ?? (fastest >= TEN_GBIT_MIBS ? 8 : 4));
    }
    this.migrations = new MigrationManager(this.sim, this.world, this.net, (h) => limits.get(h) ?? 4);
    this.endAt = scenario.durationS > 0 ? scenario.durationS : Infinity;
    this.sim.emit({ type: 'sim-started', scenario: scenario.name, seed, durationS: scenario.durationS, hosts: this.world.hosts.size, vms: this.world.vms.size });
    this.initialise();
    scenario.actions
      .map((action, index) => ({ action, index }))
      .sort((a, b) => a.action.at - b.action.at || a.index - b.index)
      .forEach(({ action, index }) => this.sim.schedule(action.at, () => this.perform(action, index)));
  }

  /** True once the run has reached its duration or nothing is left to happen. */
  get done(): boolean {
    return this.ended;
  }

  /** Everything that has happened so far, in order. */
  get log(): readonly LoggedSimEvent[] {
    return this.sim.log;
  }

  /** Processes one event; false when the run is over. */
  step(): boolean {
    if (this.ended) return false;
    const next = this.sim.nextTime();
    if (next === undefined || next > this.endAt) {
      this.end(next === undefined ? 'idle' : 'duration');
      return false;
    }
    this.sim.step();
    return true;
  }

  /** Runs up to `maxSteps` events no later than simulated time `t`; returns how many ran. */
  runUntil(t: number, maxSteps = Infinity): number {
    let n = 0;
    while (n < maxSteps && !this.ended) {
      const next = this.sim.nextTime();
      if (next !== undefined && next > t && next <= this.endAt) break;
      if (!this.step()) break;
      n++;
    }
    return n;
  }

  /** Runs to the end. */
  runToEnd(): ScenarioReport {
    while (this.step());
    return this.report();
  }

  /** Stops the run where it is (a stopped run still reports what happened so far). */
  stop(reason: 'cancelled' | 'duration' = 'cancelled'): void {
    this.end(reason);
  }

  /** Every VM's fate, every migration's outcome, every host's state. */
  report(): ScenarioReport {
    const w = this.world;
    const vms: VmOutcome[] = [...w.vms.values()].map((v) => ({
      vm: v.id, name: v.name, host: v.host, state: v.state, lost: v.lost, summary: this.vmSummary(v),
    }));
    return {
      scenario: this.scenario.name,
      seed: this.seed,
      endTimeS: this.sim.now(),
      eventsProcessed: this.sim.eventsProcessed,
      vms,
      migrations: this.migrations.results(),
      hosts: [...w.hosts.values()].map((h) => ({ host: h.id, name: h.name, on: h.on, failed: h.failed, vms: [...h.vms] })),
    };
  }

  private end(reason: 'duration' | 'idle' | 'cancelled'): void {
    if (this.ended) return;
    this.ended = true;
    if (reason === 'duration' && Number.isFinite(this.endAt)) this.sim.clock.advanceTo(Math.max(this.sim.now(), this.endAt));
    this.sim.emit({ type: 'sim-ended', reason });
  }

  private initialise(): void {
    for (const v of this.world.vms.values()) {
      const host = v.host ? this.world.hosts.get(v.host) : undefined;
      const running = v.state !== 'stopped' && v.state !== 'terminated' && v.state !== 'suspended';
      if (running && (!host || !host.on)) {
        this.setState(v, 'stopped', host ? `${host.name} is powered off` : 'it is not placed on any host');
        continue;
      }
      // A design may hold a VM mid-step; the simulation finishes that step first.
      if (v.state === 'provisioning') this.sim.after(LIFECYCLE_TIMING.provisionS, () => this.lifecycle(v, 'provisioned', 'provisioned from its template'));
      if (v.state === 'booting') this.sim.after(LIFECYCLE_TIMING.bootS, () => this.lifecycle(v, 'booted', 'boot finished'));
      if (v.state === 'migrating') this.setState(v, 'running', 'no migration is in flight at the start');
      if (v.state === 'snapshotting') this.sim.after(this.snapshotS(v), () => this.lifecycle(v, 'snapshotDone', 'snapshot done'));
    }
    for (const c of this.world.clusters.values()) {
      if (!c.ha.enabled) continue;
      const a = checkAdmission(this.world, c.id);
      this.admission.set(c.id, a);
      this.sim.emit({ type: 'ha-admission', cluster: c.id, satisfied: a.satisfied, detail: a.detail });
    }
  }

  private perform(action: ScenarioAction, index: number): void {
    this.sim.emit({ type: 'action', index, action });
    const refuse = (target: string, reason: string): void => {
      this.sim.emit({ type: 'refused', index, action: action.type, target, reason });
    };
    const w = this.world;
    switch (action.type) {
      case 'migrate': {
        const vm = w.vms.get(action.vm);
        if (!vm) return refuse(action.vm, `${action.vm} is not a VM of this design`);
        if (vm.lost || !vm.host) return refuse(vm.id, `${vm.name} is not on any host`);
        if (vm.migration) return refuse(vm.id, `${vm.name} already has a migration in flight or queued`);
        const allowed = canMigrate(vm.state, action.mode);
        if (!allowed.ok) return refuse(vm.id, `${vm.name}: ${allowed.reason}`);
        const source = w.hosts.get(vm.host)!;
        if (source.failed) return refuse(vm.id, `${source.name} has failed`);
        const dest = MigrationManager.destinationRefusal(w, vm, action.to);
        if (dest) return refuse(vm.id, `cannot migrate ${vm.name} to ${w.hosts.get(action.to)?.name ?? action.to}: ${dest}`);
        const opts = migrationOptions(action.options);
        if (!opts.ok) return refuse(vm.id, opts.reason);
        const r = this.migrations.request({ vm: vm.id, to: action.to, mode: action.mode, policy: action.policy ?? 'qemu', params: opts.params });
        if (!r.ok) return refuse(vm.id, `cannot migrate ${vm.name}: ${r.reason}`);
        return;
      }
      case 'failHost':
        return this.failHost(action.host, refuse);
      case 'cutLink': {
        const links = this.net.cut(action.link);
        if (links.length === 0) return refuse(action.link, `${action.link} carries no migration link that is still up`);
        this.sim.emit({ type: 'link-cut', element: action.link, links });
        this.migrations.linksDown(links);
        return;
      }
      case 'setWorkload': {
        const vm = w.vms.get(action.vm);
        if (!vm) return refuse(action.vm, `${action.vm} is not a VM of this design`);
        vm.workload = { ...vm.workload, ...action.workload };
        this.sim.emit({ type: 'workload-changed', vm: vm.id, workload: action.workload });
        if (action.workload.dirtyRateMiBs !== undefined) this.migrations.setDirtyRate(vm.id, vm.workload.dirtyRateMiBs);
        return;
      }
      case 'powerHost':
        return this.powerHost(action.host, action.on, refuse);
      case 'lifecycle': {
        const vm = w.vms.get(action.vm);
        if (!vm) return refuse(action.vm, `${action.vm} is not a VM of this design`);
        if (vm.lost) return refuse(vm.id, `${vm.name} was lost`);
        const t = lifecycleTransition(vm.state, action.action);
        if (!t.ok) return refuse(vm.id, `cannot ${action.action} ${vm.name}: ${t.reason}`);
        const host = vm.host ? w.hosts.get(vm.host) : undefined;
        if ((action.action === 'start' || action.action === 'resume') && host) {
          const why = host.failed ? `${host.name} has failed` : roomFor(w, host, vm);
          if (why) return refuse(vm.id, `cannot ${action.action} ${vm.name}: ${why}`);
        }
        if (!host && (action.action === 'start' || action.action === 'resume')) return refuse(vm.id, `cannot ${action.action} ${vm.name}: it is not on any host`);
        if (action.action === 'snapshot') vm.returnTo = vm.state;
        this.setState(vm, t.to, `${action.action} requested by the scenario`);
        if (t.to === 'booting') this.sim.after(LIFECYCLE_TIMING.bootS, () => this.lifecycle(vm, 'booted', 'boot finished'));
        if (t.to === 'snapshotting') this.sim.after(this.snapshotS(vm), () => this.lifecycle(vm, 'snapshotDone', 'snapshot written'));
        if (t.to === 'terminated' && vm.host) {
          w.hosts.get(vm.host)?.vms.delete(vm.id);
          vm.note = `terminated on ${w.hosts.get(vm.host)?.name ?? vm.host}`;
        }
        return;
      }
    }
  }

  private failHost(id: NodeId, refuse: (target: string, reason: string) => void): void {
    const host = this.world.hosts.get(id);
    if (!host) return refuse(id, `${id} is not a host of this design`);
    if (host.failed) return refuse(id, `${host.name} has already failed`);
    this.migrations.hostFailed(id);
    host.failed = true;
    host.on = false;
    const crashed: NodeId[] = [];
    for (const vmId of host.vms) {
      const vm = this.world.vms.get(vmId)!;
      if (vm.state === 'stopped' || vm.state === 'terminated' || vm.state === 'suspended') continue;
      crashed.push(vm.id);
      this.setState(vm, 'stopped', `${host.name} failed`);
      vm.note = `crashed with ${host.name}`;
    }
    this.sim.emit({ type: 'host-failed', host: id, vms: crashed });
    if (crashed.length === 0) return;
    this.sim.after(LIFECYCLE_TIMING.haDetectionS, () => this.haRestart(id, crashed));
  }

  private haRestart(failed: NodeId, crashed: NodeId[]): void {
    const w = this.world;
    const host = w.hosts.get(failed)!;
    // Only VMs still down on the failed host (a repaired host or a user may have acted meanwhile).
    const still = crashed.filter((id) => {
      const v = w.vms.get(id)!;
      return v.host === failed && v.state === 'stopped' && !v.lost;
    });
    const decisions = planHaRestarts(w, failed, still, host.cluster ? this.admission.get(host.cluster) : undefined);
    for (const d of decisions) {
      const vm = w.vms.get(d.vm)!;
      if (!d.to) {
        vm.note = `down since ${host.name} failed: ${d.reason}`;
        this.sim.emit({ type: 'ha-not-restarted', vm: vm.id, reason: d.reason });
        continue;
      }
      host.vms.delete(vm.id);
      w.hosts.get(d.to)!.vms.add(vm.id);
      vm.host = d.to;
      this.sim.emit({ type: 'ha-restart', vm: vm.id, from: failed, to: d.to, priority: d.priority });
      this.sim.emit({ type: 'vm-moved', vm: vm.id, from: failed, to: d.to, reason: d.reason });
      this.lifecycle(vm, 'restart', d.reason);
      vm.note = `${d.reason} after ${host.name} failed`;
      this.sim.after(LIFECYCLE_TIMING.bootS, () => this.lifecycle(vm, 'booted', 'boot after HA restart finished'));
    }
  }

  private powerHost(id: NodeId, on: boolean, refuse: (target: string, reason: string) => void): void {
    const host = this.world.hosts.get(id);
    if (!host) return refuse(id, `${id} is not a host of this design`);
    if (on) {
      if (host.on) return refuse(id, `${host.name} is already on`);
      this.sim.after(LIFECYCLE_TIMING.hostBootS, () => {
        host.on = true;
        host.failed = false;
        this.sim.emit({ type: 'host-power', host: id, on: true, reason: 'powered on and booted' });
      });
      return;
    }
    if (!host.on) return refuse(id, `${host.name} is already off`);
    const busy = [...host.vms].map((v) => this.world.vms.get(v)!).filter((v) => v.state !== 'stopped' && v.state !== 'terminated' && v.state !== 'suspended');
    if (busy.length > 0) return refuse(id, `${host.name} still runs ${busy.length} VM(s) (${busy.map((v) => v.name).join(', ')}): migrate or stop them first`);
    if (host.reservedMiB > 0) return refuse(id, `${host.name} is the destination of a migration in flight`);
    host.on = false;
    this.sim.emit({ type: 'host-power', host: id, on: false, reason: 'switched off by the scenario' });
  }

  private lifecycle(vm: VmRt, input: LifecycleInput, reason: string): void {
    const t = lifecycleTransition(vm.state, input, vm.returnTo);
    if (t.ok) this.setState(vm, t.to, reason);
    if (t.ok && t.to === 'booting' && input === 'provisioned') this.sim.after(LIFECYCLE_TIMING.bootS, () => this.lifecycle(vm, 'booted', 'boot finished'));
  }

  private setState(vm: VmRt, to: VmState, reason: string): void {
    if (vm.state === to) return;
    const from = vm.state;
    vm.state = to;
    this.sim.emit({ type: 'vm-state', vm: vm.id, from, to, reason });
  }

  private snapshotS(vm: VmRt): number {
    return LIFECYCLE_TIMING.snapshotBaseS + vm.ramMiB / LIFECYCLE_TIMING.snapshotMiBs;
  }

  private vmSummary(v: VmRt): string {
    const host = v.host ? this.world.hosts.get(v.host)?.name ?? v.host : null;
    if (v.lost) return `${v.name} is lost (${v.note}).`;
    if (!host) return `${v.name} is ${v.state} and not on any host (${v.note}).`;
    return `${v.name} is ${v.state} on ${host} (${v.note}).`;
  }
}
