import type { Random } from '../core/random';

/**
 * Expected MiB of network page faults while `hotMissingMiB` of hot pages are still on the source
 * and arrive uniformly over `spanS` seconds, the guest touching its hot set of `wwsMiB` at
 * `touchRateMiBs` (each hot page touched at k = touch/W per second, a Poisson process).
 * A missing page faults if it is touched before it arrives: E = H·(1 - (1 - e^{-kT})/(kT)).
 */
export function expectedFaultMiB(hotMissingMiB: number, wwsMiB: number, touchRateMiBs: number, spanS: number): number {
  if (hotMissingMiB <= 0 || wwsMiB <= 0 || touchRateMiBs <= 0 || spanS <= 0) return 0;
  const kT = (touchRateMiBs / wwsMiB) * spanS;
  if (kT < 1e-9) return hotMissingMiB * (kT / 2);
  return hotMissingMiB * (1 - -Math.expm1(-kT) / kT);
}

/**
 * Expected faults when the guest cannot touch memory while it waits on a fault: its effective
 * touch rate is a·(1 - stall share), where the stall share is faults x (RTT + P/R) over the span.
 * The fault count grows with the rate and the rate shrinks with the faults, so the fixed point is
 * unique; it is found by bisection.
 */
export function expectedFaultsWithStall(
  hotMissingMiB: number, wwsMiB: number, touchRateMiBs: number, spanS: number, pageMiB: number, perFaultS: number,
): { faults: number; stallS: number } {
  if (spanS <= 0 || touchRateMiBs <= 0) return { faults: 0, stallS: 0 };
  const faultsAt = (a: number): number => expectedFaultMiB(hotMissingMiB, wwsMiB, a, spanS) / pageMiB;
  const excess = (a: number): number => a - touchRateMiBs * Math.max(0, 1 - (faultsAt(a) * perFaultS) / spanS);
  let lo = 0;
  let hi = touchRateMiBs;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (excess(mid) > 0) hi = mid;
    else lo = mid;
  }
  const faults = Math.round(faultsAt(lo));
  return { faults, stallS: faults * perFaultS };
}

export interface PagePostcopyInput {
  pages: number;
  pageMiB: number;
  /** Pages not yet on the destination. */
  missing: Int32Array;
  /** The guest's hot pages, which it keeps touching. */
  hot: Int32Array;
  rateMiBs: number;
  touchRateMiBs: number;
  rttS: number;
  prepaging: boolean;
  random: Random;
}

export interface PostcopyOutcome {
  durationS: number;
  faults: number;
  stallS: number;
  wireMiB: number;
}

/**
 * Page-level post-copy: the source pushes missing pages in address order; the guest, already
 * running on the destination, touches random hot pages; touching a missing page is a network
 * fault (one round trip + one page) that fetches it at once. With pre-paging the push restarts
 * just after the faulting page, so the pages around a fault arrive next (Hines & Gopalan).
 */
export function simulatePostcopyPages(input: PagePostcopyInput): PostcopyOutcome {
  const { pages, pageMiB, missing, hot, rateMiBs, touchRateMiBs, rttS, prepaging, random } = input;
  const isMissing = new Uint8Array(pages);
  let left = 0;
  for (const p of missing) {
    if (!isMissing[p]) {
      isMissing[p] = 1;
      left++;
    }
  }
  const wire = left * pageMiB;
  // next[p]: the first missing page at or after p (union-find with path halving), pages + 1 = none.
  const next = new Int32Array(pages + 1);
  for (let p = 0; p <= pages; p++) next[p] = p;
  const find = (p: number): number => {
    while (next[p] !== p) {
      next[p] = next[next[p]!]!;
      p = next[p]!;
    }
    return p;
  };
  const arrive = (p: number): void => {
    isMissing[p] = 0;
    next[p] = p + 1;
    left--;
  };
  for (let p = 0; p < pages; p++) if (!isMissing[p]) next[p] = p + 1;
  const pageTime = pageMiB / rateMiBs;
  const touchEvery = touchRateMiBs > 0 && hot.length > 0 ? pageMiB / touchRateMiBs : Infinity;
  let nextTouch = touchEvery;
  let t = 0;
  let cursor = 0;
  let faults = 0;
  let stall = 0;
  while (left > 0) {
    while (nextTouch <= t && left > 0) {
      const h = hot[random.int(hot.length)]!;
      if (isMissing[h]) {
        faults++;
        arrive(h);
        t += pageTime;
        stall += rttS + pageTime;
        nextTouch += rttS + pageTime;
        if (prepaging) cursor = h + 1;
      }
      nextTouch += touchEvery;
    }
    if (left === 0) break;
    let p = find(cursor);
    if (p >= pages) p = find(0);
    arrive(p);
    cursor = p + 1;
    t += pageTime;
  }
  return { durationS: t, faults, stallS: stall, wireMiB: wire };
}
