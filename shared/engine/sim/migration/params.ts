import type { MigrationMode, StopPolicy } from '../../../model';
import { fail, ok, type Result } from '../../result';

/**
 * Everything one migration depends on. Rates in MiB/s, sizes in MiB, times as named. Defaults are
 * the documented ones of DOMAIN.md §4 (Xen, QEMU, Nova); every field but the first three is optional.
 */
export interface MigrationParams {
  memoryMiB: number;
  dirtyRateMiBs: number;
  /** Link speed R: what the network delivers to this migration. */
  bandwidthMiBs: number;
  /** Writable working set (hot pages); a round never needs more than this after the first. Default: all touched memory. */
  wwsMiB?: number;
  mode?: MigrationMode;
  policy?: StopPolicy;
  pageKiB?: number;
  /** Switchover cost T_resume (CPU/device state, ARP announce), added to downtime and total. */
  resumeMs?: number;
  /** Threshold policy: stop-and-copy once a round's dirty set is at most this. */
  thresholdMiB?: number;
  /** Cap on live rounds (threshold 30, xen-legacy 29, xen-v2 5, qemu: no cap). */
  maxRounds?: number;
  /** QEMU: switch over once remaining <= bandwidth x this. */
  downtimeLimitMs?: number;
  /** QEMU: live-phase rate cap (max-bandwidth); the final remainder goes at link speed. */
  maxBandwidthMiBs?: number;
  /** QEMU: throttle the vCPUs when dirtying outpaces the transfer. */
  autoConverge?: boolean;
  /** QEMU: switch to post-copy after this many bitmap syncs if not converged (migrate-start-postcopy). */
  postcopyAfterSyncs?: number;
  /** Management timeout (OpenStack Nova live_migration_completion_timeout), seconds per GiB of RAM; 0 = none. */
  timeoutSPerGiB?: number;
  /** What the manager does at the timeout: abort (VM stays on the source) or force-complete (pause and copy). */
  timeoutAction?: 'abort' | 'force-complete';
  /** Xen legacy: skip pages re-dirtied during a round (they are sent next round anyway). */
  skipRedirtied?: boolean;
  /** Memory the guest has ever touched; the rest is zero pages, which QEMU sends as a few bytes each. Default: all. */
  touchedMiB?: number;
  /** Post-copy / hybrid: CPU and device state sent while paused. */
  deviceStateMiB?: number;
  /** Post-copy: round-trip time of one network page fault. */
  rttMs?: number;
  /** Post-copy: push the pages around a fault first (Hines & Gopalan's pre-paging). */
  prepaging?: boolean;
  /** Post-copy: rate at which the guest touches (reads or writes) its hot pages; default = dirty rate. */
  touchRateMiBs?: number;
  /** Cold: disk data copied too when storage is not shared. */
  diskMiB?: number;
  /** Page-level model instead of the analytic one: a dirty bitmap with seeded random writes to the hot set. */
  pageLevel?: boolean;
  /** Seed of the page-level model's random writes. */
  seed?: number;
}

export type ResolvedParams = Required<MigrationParams>;

/** Default live-round caps per policy (Xen xc_domain_save: 29; Xen migration v2: 5). */
export const DEFAULT_MAX_ROUNDS: Record<StopPolicy, number> = { threshold: 30, 'xen-legacy': 29, 'xen-v2': 5, qemu: Infinity };

/** Fills defaults and checks ranges; an error says which parameter is wrong and why. */
export function resolveParams(p: MigrationParams): Result<ResolvedParams> {
  const policy = p.policy ?? 'threshold';
  const touchedMiB = Math.min(p.touchedMiB ?? p.memoryMiB, p.memoryMiB);
  const r: ResolvedParams = {
    memoryMiB: p.memoryMiB,
    dirtyRateMiBs: p.dirtyRateMiBs,
    bandwidthMiBs: p.bandwidthMiBs,
    // The hot set lies within the touched memory.
    wwsMiB: Math.min(p.wwsMiB ?? touchedMiB, p.memoryMiB),
    mode: p.mode ?? 'precopy',
    policy,
    pageKiB: p.pageKiB ?? 4,
    resumeMs: p.resumeMs ?? 0,
    thresholdMiB: p.thresholdMiB ?? 30,
    maxRounds: p.maxRounds ?? DEFAULT_MAX_ROUNDS[policy],
    downtimeLimitMs: p.downtimeLimitMs ?? 300,
    maxBandwidthMiBs: p.maxBandwidthMiBs ?? 128,
    autoConverge: p.autoConverge ?? false,
    postcopyAfterSyncs: p.postcopyAfterSyncs ?? Infinity,
    timeoutSPerGiB: p.timeoutSPerGiB ?? 800,
    timeoutAction: p.timeoutAction ?? 'abort',
    skipRedirtied: p.skipRedirtied ?? policy === 'xen-legacy',
    touchedMiB,
    deviceStateMiB: p.deviceStateMiB ?? 1,
    rttMs: p.rttMs ?? 0.5,
    prepaging: p.prepaging ?? true,
    touchRateMiBs: p.touchRateMiBs ?? p.dirtyRateMiBs,
    diskMiB: p.diskMiB ?? 0,
    pageLevel: p.pageLevel ?? false,
    seed: p.seed ?? 1,
  };
  const positive: (keyof ResolvedParams)[] = ['memoryMiB', 'bandwidthMiBs', 'pageKiB', 'maxBandwidthMiBs'];
  for (const k of positive) {
    const v = r[k] as number;
    if (!(Number.isFinite(v) && v > 0)) return fail('bad-parameter', `${k} must be a positive number (got ${v}).`, k);
  }
  const nonNegative: (keyof ResolvedParams)[] = [
    'dirtyRateMiBs', 'wwsMiB', 'resumeMs', 'thresholdMiB', 'downtimeLimitMs', 'timeoutSPerGiB', 'touchedMiB', 'deviceStateMiB', 'rttMs', 'touchRateMiBs', 'diskMiB',
  ];
  for (const k of nonNegative) {
    const v = r[k] as number;
    if (!(Number.isFinite(v) && v >= 0)) return fail('bad-parameter', `${k} must be zero or more (got ${v}).`, k);
  }
  if (!(r.maxRounds >= 1)) return fail('bad-parameter', `maxRounds must be at least 1 (got ${r.maxRounds}).`, 'maxRounds');
  if (!(r.postcopyAfterSyncs >= 1)) return fail('bad-parameter', `postcopyAfterSyncs must be at least 1 (got ${r.postcopyAfterSyncs}).`, 'postcopyAfterSyncs');
  if (r.pageLevel && r.memoryMiB / (r.pageKiB / 1024) > 2 ** 26) {
    return fail('bad-parameter', `The page-level model handles at most 2^26 pages (${r.memoryMiB} MiB of ${r.pageKiB} KiB pages is more); use the analytic model.`, 'pageLevel');
  }
  return ok(r);
}
