/** A transfer across a path of links, optionally capped (e.g. QEMU max-bandwidth). */
export interface FlowDemand {
  id: string;
  path: readonly string[];
  /** Rate cap, MiB/s; Infinity when only the links limit it. */
  cap: number;
}

/**
 * Max-min fair share by progressive filling: every flow's rate rises together until a link is full
 * (its flows freeze at that level) or a flow reaches its cap; the rest keep rising. A min-heap of
 * the level at which each link saturates makes this O(Σ path lengths · log links).
 */
export function maxMinFairShare(flows: readonly FlowDemand[], capacity: (link: string) => number): Map<string, number> {
  const rates = new Map<string, number>();
  const linkIndex = new Map<string, number>();
  const linkFlows: number[][] = [];
  const cap: number[] = [];
  const paths: number[][] = flows.map((f) =>
    f.path.map((l) => {
      let i = linkIndex.get(l);
      if (i === undefined) {
        i = linkFlows.length;
        linkIndex.set(l, i);
        linkFlows.push([]);
        cap.push(Math.max(0, capacity(l)));
      }
      return i;
    }),
  );
  paths.forEach((p, f) => new Set(p).forEach((l) => linkFlows[l]!.push(f)));
  const fixed = new Float64Array(cap.length);
  const active = Int32Array.from(linkFlows, (fs) => fs.length);
  const frozen = new Uint8Array(flows.length);
  const version = new Int32Array(cap.length);
  const heap = new LevelHeap();
  const levelOf = (l: number): number => (cap[l]! - fixed[l]!) / active[l]!;
  for (let l = 0; l < cap.length; l++) if (active[l]! > 0) heap.push(levelOf(l), l, 0);
  const byCap = flows.map((_, i) => i).filter((i) => Number.isFinite(flows[i]!.cap)).sort((a, b) => flows[a]!.cap - flows[b]!.cap);
  let capPos = 0;
  let left = flows.length;
  const freeze = (f: number, level: number): void => {
    if (frozen[f]) return;
    frozen[f] = 1;
    left--;
    rates.set(flows[f]!.id, Math.max(0, level));
    for (const l of new Set(paths[f]!)) {
      fixed[l] = fixed[l]! + Math.max(0, level);
      active[l] = active[l]! - 1;
      version[l] = version[l]! + 1;
      if (active[l]! > 0) heap.push(levelOf(l), l, version[l]!);
    }
  };
  // Flows with an empty path (same host) are only limited by their cap.
  flows.forEach((f, i) => {
    if (paths[i]!.length === 0) freeze(i, f.cap);
  });
  while (left > 0) {
    while (capPos < byCap.length && frozen[byCap[capPos]!]) capPos++;
    const top = heap.peekValid(version, active);
    const capLevel = capPos < byCap.length ? flows[byCap[capPos]!]!.cap : Infinity;
    if (!top && !Number.isFinite(capLevel)) break;
    if (top && top.level <= capLevel) {
      heap.pop();
      for (const f of linkFlows[top.link]!) if (!frozen[f]) freeze(f, top.level);
    } else {
      freeze(byCap[capPos]!, capLevel);
    }
  }
  for (const f of flows) if (!rates.has(f.id)) rates.set(f.id, Infinity);
  return rates;
}

/** Binary min-heap of (level, link, version); stale versions are skipped lazily. */
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

  peekValid(version: Int32Array, active: Int32Array): { level: number; link: number } | undefined {
    while (this.level.length > 0) {
      const l = this.link[0]!;
      if (this.ver[0] === version[l] && active[l]! > 0) return { level: this.level[0]!, link: l };
      this.pop();
    }
    return undefined;
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
    [this.level[a], this.level[b]] = [this.level[b]!, this.level[a]!];
    [this.link[a], this.link[b]] = [this.link[b]!, this.link[a]!];
    [this.ver[a], this.ver[b]] = [this.ver[b]!, this.ver[a]!];
  }
}
