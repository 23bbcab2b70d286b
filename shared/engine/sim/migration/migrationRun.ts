import { createRandom } from '../core/random';
import { FluidMemory } from './fluidMemory';
import type { MemoryModel, Transfer } from './memoryModel';
import { PageMemory } from './pageMemory';
import type { ResolvedParams } from './params';
import { expectedFaultsWithStall, simulatePostcopyPages, type PostcopyOutcome } from './postcopyFaults';
import { MIB, mibsToMbps, type MigrationPhase, type MigrationResult, type RoundTelemetry, type StopReason } from './telemetry';

/** One stretch of data a migration wants on the wire, at most `capMiBs` fast. */
export interface Segment {
  phase: MigrationPhase;
  wireMiB: number;
  /** Rate cap of this segment (QEMU max-bandwidth in the live phase); Infinity = link speed. */
  capMiBs: number;
}

/** QEMU re-checks its pending estimate after each ~100 ms burst (BUFFER_DELAY). */
const QEMU_BURST_S = 0.1;
/** QEMU auto-converge: trigger at 50 % dirty/transfer ratio twice; 20 % then +10 % per step, at most 99 %. */
const THROTTLE = { triggerRatio: 0.5, initial: 20, increment: 10, max: 99 };
/** Xen: a round with fewer dirty pages than this ends the live phase; legacy also stops after 3 x memory sent. */
const XEN_FEW_PAGES = 50;
const XEN_LEGACY_MAX_FACTOR = 3;
/** QEMU has no round cap; without a management timeout this bounds a run that can never converge. */
const QEMU_SAFETY_MAX_SYNCS = 100_000;

type State = 'live' | 'stop-and-copy' | 'device-state' | 'postcopy' | 'cold' | 'done';

const fmt = (x: number, digits = 3): string => String(Number(x.toFixed(digits)));

/**
 * A migration as a stepper: `next()` says what to send, `complete(seconds)` reports how long it
 * took. The standalone model runs it at a fixed rate; the simulator runs it over shared links,
 * where the rate changes as other flows come and go. Stop policies, post-copy, hybrid and cold
 * migration all live here, so both paths give the same answers at the same rate.
 */
export class MigrationRun {
  private state: State;
  private readonly mem: MemoryModel;
  private planned: { seg: Segment; transfer: Transfer | null; postcopy?: PostcopyOutcome; missingMiB?: number; hotMissingMiB?: number } | null = null;
  private time = 0;
  private transferred = 0;
  private downtimeS = 0;
  private liveRounds = 0;
  private syncs = 1;
  private rows: RoundTelemetry[] = [];
  private rowStart = 0;
  private rowSent = 0;
  private throttle = 0;
  private highDirtyCount = 0;
  private baseDirtyRate: number;
  private faults = 0;
  private stallS = 0;
  private lastRate: number;
  private stop: { reason: StopReason; detail: string; converged: boolean } | null = null;
  private completed = false;
  private readonly liveRate: number;
  private readonly timeoutS: number;

  constructor(private readonly p: ResolvedParams) {
    this.baseDirtyRate = p.dirtyRateMiBs;
    const qemu = p.policy === 'qemu';
    this.liveRate = qemu ? Math.min(p.bandwidthMiBs, p.maxBandwidthMiBs) : p.bandwidthMiBs;
    this.lastRate = this.liveRate;
    this.timeoutS = qemu && p.timeoutSPerGiB > 0 ? (p.timeoutSPerGiB * p.memoryMiB) / 1024 : Infinity;
    this.mem = p.pageLevel
      ? new PageMemory(p.memoryMiB, p.wwsMiB, p.dirtyRateMiBs, p.touchedMiB, p.pageKiB, createRandom(p.seed))
      : new FluidMemory(p.memoryMiB, p.wwsMiB, p.dirtyRateMiBs, p.touchedMiB, p.pageKiB);
    this.state = p.mode === 'cold' ? 'cold' : p.mode === 'postcopy' ? 'device-state' : 'live';
  }

  /** True once the guest runs on the destination while memory is still on the source: a failure now loses it. */
  get inPostcopy(): boolean {
    return this.state === 'postcopy';
  }

  /** True while the guest is paused (stop-and-copy, device state, cold copy). */
  get paused(): boolean {
    return this.state === 'stop-and-copy' || this.state === 'device-state' || this.state === 'cold';
  }

  get isDone(): boolean {
    return this.state === 'done';
  }

  /** The guest's workload changed: new dirty rate (throttling still applies). */
  setDirtyRate(mibs: number): void {
    this.baseDirtyRate = mibs;
    this.mem.setDirtyRate(mibs * (1 - this.throttle / 100));
  }

  /** The next stretch to send, or null when the migration is over. */
  next(): Segment | null {
    if (this.planned) return this.planned.seg;
    const p = this.p;
    const qemu = p.policy === 'qemu' && p.mode === 'precopy';
    switch (this.state) {
      case 'live': {
        if (qemu) {
          const thr = this.qemuThresholdMiB();
          if (this.mem.remainingMiB() < thr) {
            this.qemuSync();
            return this.next();
          }
          const burst = this.liveRate * QEMU_BURST_S;
          const bursts = Math.floor((this.mem.remainingMiB() - thr) / burst) + 1;
          let take = bursts * burst;
          if (Number.isFinite(this.timeoutS)) take = Math.min(take, Math.max(burst, Math.ceil(((this.timeoutS - this.time) * this.liveRate) / burst) * burst));
          const transfer = this.mem.transfer(take, this.liveRate, { guestRunning: true, skipRedirtied: false, zeroPages: true });
          return this.plan({ phase: 'live', wireMiB: transfer.wireMiB, capMiBs: p.maxBandwidthMiBs }, transfer);
        }
        const transfer = this.mem.transfer(this.mem.remainingMiB(), this.liveRate, {
          guestRunning: true,
          skipRedirtied: p.skipRedirtied && p.mode === 'precopy',
          zeroPages: false,
        });
        return this.plan({ phase: 'live', wireMiB: transfer.wireMiB, capMiBs: Infinity }, transfer);
      }
      case 'stop-and-copy': {
        const transfer = this.mem.transfer(this.mem.remainingMiB(), p.bandwidthMiBs, { guestRunning: false, skipRedirtied: false, zeroPages: p.policy === 'qemu' });
        return this.plan({ phase: 'stop-and-copy', wireMiB: transfer.wireMiB, capMiBs: Infinity }, transfer);
      }
      case 'device-state':
        return this.plan({ phase: 'device-state', wireMiB: p.deviceStateMiB, capMiBs: Infinity }, null);
      case 'postcopy':
        return this.planPostcopy();
      case 'cold':
        return this.plan({ phase: 'cold', wireMiB: p.memoryMiB + p.diskMiB, capMiBs: Infinity }, null);
      case 'done':
        return null;
    }
  }

  /** The planned stretch took `seconds` on the wire. */
  complete(seconds: number): void {
    const planned = this.planned;
    if (!planned) throw new Error('complete() called with nothing planned');
    this.planned = null;
    const { seg } = planned;
    const start = this.time;
    this.time += seconds;
    this.transferred += seg.wireMiB;
    if (seconds > 0 && seg.wireMiB > 0) this.lastRate = seg.wireMiB / seconds;
    const p = this.p;
    switch (this.state) {
      case 'live': {
        this.mem.elapse(seconds);
        this.rowSent += seg.wireMiB;
        if (p.mode === 'hybrid') return this.afterHybridPass();
        if (p.policy === 'qemu') {
          if (this.time >= this.timeoutS) return this.onTimeout();
          if (this.mem.remainingMiB() < this.qemuThresholdMiB()) this.qemuSync();
          return;
        }
        return this.afterClassicRound();
      }
      case 'stop-and-copy': {
        this.downtimeS += seconds + p.resumeMs / 1000;
        this.time += p.resumeMs / 1000;
        this.pushRow('stop-and-copy', start, seconds, seg.wireMiB, 0, 0);
        this.completed = true;
        this.state = 'done';
        return;
      }
      case 'device-state': {
        this.downtimeS += seconds + p.resumeMs / 1000;
        this.time += p.resumeMs / 1000;
        this.pushRow('device-state', start, seconds, seg.wireMiB, this.postcopyMissingMiB(), 0);
        this.state = 'postcopy';
        return;
      }
      case 'postcopy': {
        let faults: number;
        if (planned.postcopy) {
          faults = planned.postcopy.faults;
          this.stallS += planned.postcopy.stallS;
        } else {
          const missing = planned.missingMiB ?? 0;
          const hotMissing = planned.hotMissingMiB ?? 0;
          // With pre-paging the hot pages stream right after the first faults, so they arrive within H/R, not M/R.
          const span = p.prepaging && missing > 0 ? seconds * (hotMissing / missing) : seconds;
          const pageMiB = p.pageKiB / 1024;
          const expected = expectedFaultsWithStall(hotMissing, p.wwsMiB, p.touchRateMiBs, span, pageMiB, p.rttMs / 1000 + pageMiB / Math.max(this.lastRate, 1e-9));
          faults = expected.faults;
          this.stallS += expected.stallS;
        }
        this.faults += faults;
        this.pushRow('postcopy', start, seconds, seg.wireMiB, 0, 0);
        const faultText = `${faults} network page fault(s) (${fmt(this.stallS * 1000)} ms of vCPU stall${p.prepaging ? ', with pre-paging' : ''}).`;
        if (p.mode === 'postcopy') {
          this.finish('postcopy', `Post-copy: resumed on the destination after ${fmt(p.deviceStateMiB)} MiB of CPU/device state; ${fmt(seg.wireMiB)} MiB then pulled in ${fmt(seconds)} s with ${faultText}`, true);
        } else if (this.stop) {
          this.stop.detail += ` Post-copy phase: ${fmt(seg.wireMiB)} MiB in ${fmt(seconds)} s with ${faultText}`;
        }
        this.completed = true;
        this.state = 'done';
        return;
      }
      case 'cold': {
        this.downtimeS = seconds + p.resumeMs / 1000;
        this.time += p.resumeMs / 1000;
        this.pushRow('cold', start, seconds, seg.wireMiB, 0, 0);
        this.finish('cold', `Cold migration: the VM was stopped, ${fmt(seg.wireMiB)} MiB copied, then started on the destination; downtime = total time.`, true);
        this.completed = true;
        this.state = 'done';
        return;
      }
      case 'done':
        return;
    }
  }

  /** Ends the migration early: the link was cut or a host failed. The caller decides the VM's fate (see `inPostcopy`). */
  abort(reason: 'link-cut' | 'host-failed', detail: string): void {
    this.planned = null;
    // During the device-state copy the source still holds everything; only post-copy splits the VM.
    const wasPostcopy = this.state === 'postcopy';
    this.stop = { reason, detail, converged: false };
    this.completed = false;
    this.state = 'done';
    if (wasPostcopy) this.stop.detail += ' The guest was already running on the destination with part of its memory on the source: it is lost.';
  }

  /** The outcome so far (final once `next()` returns null). */
  result(): MigrationResult {
    const stop = this.stop ?? { reason: 'link-cut' as StopReason, detail: 'The migration has not finished.', converged: false };
    return {
      mode: this.p.mode,
      policy: this.p.policy,
      totalTimeS: this.time,
      downtimeMs: this.downtimeS * 1000,
      rounds: this.liveRounds,
      transferredMiB: this.transferred,
      converged: stop.converged,
      completed: this.completed,
      stopReason: stop.reason,
      stopDetail: stop.detail,
      postcopyRequests: this.faults,
      faultStallMs: this.stallS * 1000,
      perRound: this.rows,
    };
  }

  private plan(seg: Segment, transfer: Transfer | null): Segment {
    this.planned = { seg, transfer };
    return seg;
  }

  private planPostcopy(): Segment {
    const p = this.p;
    const missing = this.postcopyMissingMiB();
    const hotMissing = p.mode === 'postcopy' ? p.wwsMiB : Math.min(this.mem.hotRemainingMiB(), p.wwsMiB);
    if (this.mem instanceof PageMemory) {
      const mem = this.mem;
      const missingPages = p.mode === 'postcopy' ? allPages(mem.pages) : mem.knownPages();
      const outcome = simulatePostcopyPages({
        pages: mem.pages,
        pageMiB: mem.pageMiB,
        missing: missingPages,
        hot: mem.hot,
        rateMiBs: p.bandwidthMiBs,
        touchRateMiBs: p.touchRateMiBs,
        rttS: p.rttMs / 1000,
        prepaging: p.prepaging,
        random: createRandom(p.seed ^ 0x9e3779b9),
      });
      this.planned = { seg: { phase: 'postcopy', wireMiB: outcome.wireMiB, capMiBs: Infinity }, transfer: null, postcopy: outcome };
      return this.planned.seg;
    }
    this.planned = { seg: { phase: 'postcopy', wireMiB: missing, capMiBs: Infinity }, transfer: null, missingMiB: missing, hotMissingMiB: hotMissing };
    return this.planned.seg;
  }

  private postcopyMissingMiB(): number {
    return this.p.mode === 'postcopy' ? this.p.memoryMiB : this.mem.remainingMiB();
  }

  private qemuThresholdMiB(): number {
    return (this.lastRate * this.p.downtimeLimitMs) / 1000;
  }

  /**
   * Ends a live round: syncs the dirty bitmap and records the round's row. Returns what the round sent
   * and what it left dirty (captured before the row resets the per-round counters).
   */
  private endLiveRound(): { sent: number; remainingMiB: number; dirtiedMiB: number } {
    const start = this.rowStart;
    const sent = this.rowSent;
    const { remainingMiB, dirtiedMiB } = this.mem.sync();
    this.syncs++;
    this.liveRounds++;
    this.pushRow('live', start, this.time - start, sent, remainingMiB, dirtiedMiB);
    return { sent, remainingMiB, dirtiedMiB };
  }

  private afterClassicRound(): void {
    const p = this.p;
    const { remainingMiB } = this.endLiveRound();
    const n = this.liveRounds;
    const pageMiB = p.pageKiB / 1024;
    const dirtyPages = Math.round(remainingMiB / pageMiB);
    if (p.policy === 'threshold' && remainingMiB <= p.thresholdMiB) {
      return this.toStopAndCopy('threshold-reached', `After ${n} live round(s) only ${fmt(remainingMiB)} MiB was dirty, within the ${fmt(p.thresholdMiB)} MiB threshold.`, true);
    }
    if ((p.policy === 'xen-legacy' || p.policy === 'xen-v2') && dirtyPages < XEN_FEW_PAGES) {
      return this.toStopAndCopy('few-dirty-pages', `Round ${n} left ${dirtyPages} dirty page(s), fewer than ${XEN_FEW_PAGES}.`, true);
    }
    if (n >= p.maxRounds) {
      return this.toStopAndCopy('max-rounds', `Reached the cap of ${p.maxRounds} live round(s) with ${fmt(remainingMiB)} MiB still dirty.${this.lambdaNote()}`, false);
    }
    if (p.policy === 'xen-legacy' && this.transferred > XEN_LEGACY_MAX_FACTOR * p.memoryMiB) {
      return this.toStopAndCopy('data-cap', `Sent ${fmt(this.transferred)} MiB, more than ${XEN_LEGACY_MAX_FACTOR} x memory (${fmt(XEN_LEGACY_MAX_FACTOR * p.memoryMiB)} MiB).${this.lambdaNote()}`, false);
    }
  }

  private afterHybridPass(): void {
    const { remainingMiB } = this.endLiveRound();
    this.finish('hybrid', `Hybrid: one pre-copy pass, then post-copy for the ${fmt(remainingMiB)} MiB dirtied meanwhile.`, true);
    this.state = 'device-state';
  }

  private qemuSync(): void {
    const p = this.p;
    const { sent, remainingMiB, dirtiedMiB } = this.endLiveRound();
    const thr = this.qemuThresholdMiB();
    if (remainingMiB < thr) {
      return this.toStopAndCopy('fits-downtime-limit', `${fmt(remainingMiB)} MiB remaining fits the ${fmt(p.downtimeLimitMs)} ms downtime limit at ${fmt(this.lastRate)} MiB/s (below ${fmt(thr)} MiB).`, true);
    }
    if (this.liveRounds >= Math.min(p.maxRounds, QEMU_SAFETY_MAX_SYNCS)) {
      return this.toStopAndCopy('max-rounds', `Reached the cap of ${Math.min(p.maxRounds, QEMU_SAFETY_MAX_SYNCS)} bitmap sync(s) with ${fmt(remainingMiB)} MiB still dirty.${this.lambdaNote()}`, false);
    }
    if (this.liveRounds >= p.postcopyAfterSyncs) {
      this.finish('switched-to-postcopy', `Not converged after ${this.liveRounds} sync(s) (${fmt(remainingMiB)} MiB dirty): switched to post-copy.${this.lambdaNote()}`, false);
      this.state = 'device-state';
      return;
    }
    if (p.autoConverge && sent > 0 && dirtiedMiB > THROTTLE.triggerRatio * sent) {
      this.highDirtyCount++;
      if (this.highDirtyCount >= 2) {
        this.highDirtyCount = 0;
        this.throttle = this.throttle === 0 ? THROTTLE.initial : Math.min(THROTTLE.max, this.throttle + THROTTLE.increment);
        this.mem.setDirtyRate(this.baseDirtyRate * (1 - this.throttle / 100));
      }
    }
  }

  private onTimeout(): void {
    const p = this.p;
    const sent = this.rowSent;
    const start = this.rowStart;
    this.pushRow('live', start, this.time - start, sent, this.mem.remainingMiB(), 0);
    const base = `Management timeout of ${fmt(this.timeoutS)} s (${fmt(p.timeoutSPerGiB)} s per GiB) reached with ${fmt(this.mem.remainingMiB())} MiB still dirty.${this.lambdaNote()}`;
    if (p.timeoutAction === 'abort') {
      this.finish('timeout-aborted', `${base} Migration aborted; the VM keeps running on the source.`, false);
      this.state = 'done';
      return;
    }
    this.toStopAndCopy('timeout-forced', `${base} Forced to complete: the VM was paused to copy the rest.`, false);
  }

  private toStopAndCopy(reason: StopReason, detail: string, converged: boolean): void {
    this.finish(reason, detail, converged);
    this.state = 'stop-and-copy';
  }

  private finish(reason: StopReason, detail: string, converged: boolean): void {
    this.stop = { reason, detail, converged };
  }

  private lambdaNote(): string {
    const lambda = this.baseDirtyRate / this.liveRate;
    return lambda >= 1 ? ` The dirty rate is ${fmt(lambda, 2)} x the transfer rate (λ >= 1): pre-copy cannot converge on its own.` : '';
  }

  private pushRow(phase: MigrationPhase, start: number, duration: number, sentMiB: number, remainingMiB: number, dirtiedMiB: number): void {
    const p = this.p;
    const pageMiB = p.pageKiB / 1024;
    const rate = duration > 0 ? sentMiB / duration : this.lastRate;
    this.rows.push({
      round: this.rows.length,
      phase,
      startS: start,
      durationS: duration,
      sentMiB,
      transferred: Math.round(this.transferred * MIB),
      remaining: Math.round(remainingMiB * MIB),
      total: Math.round(p.memoryMiB * MIB),
      'dirty-pages-rate': duration > 0 ? Math.round(dirtiedMiB / pageMiB / duration) : 0,
      mbps: mibsToMbps(rate),
      'dirty-sync-count': this.syncs,
      'expected-downtime': rate > 0 ? (remainingMiB / rate) * 1000 : 0,
      downtime: this.downtimeS * 1000,
      'postcopy-requests': this.faults,
      'cpu-throttle-percentage': this.throttle,
    });
    this.rowStart = this.time;
    this.rowSent = 0;
  }
}

function allPages(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
