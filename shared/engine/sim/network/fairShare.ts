/** A transfer across a path of links, optionally capped (e.g. QEMU max-bandwidth). */
export interface FlowDemand {
  id: string;
  path: readonly string[];
  /** Rate cap, MiB/s; Infinity when only the links limit it. */
  cap: number;
}

/**
 * Max-min fair share by progressive filling: every flow's rate rises together until a link is full
 * (its flows freeze at that level) or a flow reaches its cap; the rest keep rising. Links are named
 * by string here; see `maxMinFairShareIndexed` for the allocation-light form the simulator uses.
 */
export function maxMinFairShare(flows: readonly FlowDemand[], capacity: (link: string) => number): Map<string, number> {
  const index = new Map<string, number>();
  const caps: number[] = [];
  const paths = flows.map((f) =>
    Int32Array.from(f.path, (l) => {
      let i = index.get(l);
      if (i === undefined) {
        i = caps.length;
        index.set(l, i);
        caps.push(capacity(l));
      }
      return i;
    }),
  );
  const rates = maxMinFairShareIndexed(paths, flows.map((f) => f.cap), Float64Array.from(caps));
  return new Map(flows.map((f, i) => [f.id, rates[i]!]));
}

/**
 * Max-min fair share over numbered links: `paths[f]` lists flow f's links (distinct), `linkCap[l]`
 * is link l's capacity. A min-heap of the level at which each link saturates makes this
 * O(Σ path lengths · log links). Returns each flow's rate (Infinity for an uncapped flow on no link).
 */
export function maxMinFairShareIndexed(paths: readonly Int32Array[], flowCap: readonly number[], linkCap: Float64Array): Float64Array {
  const F = paths.length;
  const L = linkCap.length;
  const rates = new Float64Array(F).fill(Infinity);
  // Flows of each link, in compressed rows.
  const count = new Int32Array(L + 1);
  for (const p of paths) for (let i = 0; i < p.length; i++) count[p[i]! + 1]!++;
  for (let l = 0; l < L; l++) count[l + 1] = count[l + 1]! + count[l]!;
  const members = new Int32Array(count[L]!);
  const fill = count.slice(0, L);
  paths.forEach((p, f) => {
    for (let i = 0; i < p.length; i++) members[fill[p[i]!]!++] = f;
  });
  const fixed = new Float64Array(L);
  const active = new Int32Array(L);
  for (let l = 0; l < L; l++) active[l] = count[l + 1]! - count[l]!;
  const version = new Int32Array(L);
  const frozen = new Uint8Array(F);
  const heap = new LevelHeap();
  const levelOf = (l: number): number => (Math.max(0, linkCap[l]!) - fixed[l]!) / active[l]!;
  for (let l = 0; l < L; l++) if (active[l]! > 0) heap.push(levelOf(l), l, 0);
  const byCap = Array.from({ length: F }, (_, i) => i).filter((i) => Number.isFinite(flowCap[i]!)).sort((a, b) => flowCap[a]! - flowCap[b]!);
  let capPos = 0;
  let left = F;
  const freeze = (f: number, level: number): void => {
    if (frozen[f]) return;
    frozen[f] = 1;
    left--;
    const rate = Math.max(0, level);
    rates[f] = rate;
    const p = paths[f]!;
    for (let i = 0; i < p.length; i++) {
      const l = p[i]!;
      fixed[l] = fixed[l]! + rate;
      active[l] = active[l]! - 1;
      version[l] = version[l]! + 1;
      if (active[l]! > 0) heap.push(levelOf(l), l, version[l]!);
    }
  };
  // Flows on no link (same host) are limited by their cap alone.
  for (let f = 0; f < F; f++) if (paths[f]!.length === 0) freeze(f, flowCap[f]!);
  while (left > 0) {
    while (capPos < byCap.length && frozen[byCap[capPos]!]) capPos++;
    const top = heap.peekValid(version, active);
    const capLevel = capPos < byCap.length ? flowCap[byCap[capPos]!]! : Infinity;
    if (top < 0 && !Number.isFinite(capLevel)) break;
    if (top >= 0 && heap.topLevel() <= capLevel) {
      const level = heap.topLevel();
      heap.pop();
      for (let i = count[top]!; i < count[top + 1]!; i++) {
        const f = members[i]!;
        if (!frozen[f]) freeze(f, level);
      }
    } else {
      freeze(byCap[capPos]!, capLevel);
    }
  }
  return rates;
}

/** Binary min-heap of (level, link, version) in parallel arrays; stale versions are skipped lazily. */
class LevelHeap {
  private level: number[] = [];
  private link: number[] = [];
  private ver: number[] = [];

  push(level: number, link: number, ver: number): void {
    this.level.push(level);
    this.link.push(link);
    this.ver.push(ver);
    let i = this.level.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** The link on top once stale entries are dropped, or -1. */
  peekValid(version: Int32Array, active: Int32Array): number {
    while (this.level.length > 0) {
      const l = this.link[0]!;
      if (this.ver[0] === version[l] && active[l]! > 0) return l;
      this.pop();
    }
    return -1;
  }

  topLevel(): number {
    return this.level[0]!;
  }

  pop(): void {
    const n = this.level.length - 1;
    this.swap(0, n);
    this.level.pop();
    this.link.pop();
    this.ver.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  private less(a: number, b: number): boolean {
    const d = this.level[a]! - this.level[b]!;
    return d !== 0 ? d < 0 : this.link[a]! < this.link[b]!;
  }

  private swap(a: number, b: number): void {
    const lv = this.level[a]!;
    this.level[a] = this.level[b]!;
    this.level[b] = lv;
    const lk = this.link[a]!;
    this.link[a] = this.link[b]!;
    this.link[b] = lk;
    const vr = this.ver[a]!;
    this.ver[a] = this.ver[b]!;
    this.ver[b] = vr;
  }
}
