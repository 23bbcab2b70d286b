/**
 * Statistics as CloudSim's power package computes them (MathUtil, backed by Apache Commons Math),
 * so thresholds match the reference implementation value for value.
 */

/** Median with Apache Commons Math's default percentile estimate (the mean of the middle two for even n). */
export function median(data: ArrayLike<number>): number {
  const s = Float64Array.from(data).sort();
  const n = s.length;
  if (n === 0) return NaN;
  const pos = (n + 1) / 2;
  const lo = Math.floor(pos);
  if (lo >= n) return s[n - 1]!;
  return s[lo - 1]! + (pos - lo) * (s[lo]! - s[lo - 1]!);
}

/** Median of the first n values of an already sorted array (same estimate as `median`). */
export function medianOfSorted(s: ArrayLike<number>, n: number): number {
  if (n === 0) return NaN;
  const pos = (n + 1) / 2;
  const lo = Math.floor(pos);
  if (lo >= n) return s[n - 1]!;
  return s[lo - 1]! + (pos - lo) * (s[lo]! - s[lo - 1]!);
}

/** MAD of data[0..n) using `work` (length >= n) as scratch space: no allocation. */
export function madInto(data: ArrayLike<number>, n: number, work: Float64Array): number {
  if (n === 0) return 0;
  const w = work.subarray(0, n);
  for (let i = 0; i < n; i++) w[i] = data[i]!;
  w.sort();
  const m = medianOfSorted(w, n);
  for (let i = 0; i < n; i++) w[i] = Math.abs(m - data[i]!);
  w.sort();
  return medianOfSorted(w, n);
}

/** IQR of data[0..n) using `work` as scratch space (CloudSim's quartile positions). */
export function iqrInto(data: ArrayLike<number>, n: number, work: Float64Array): number {
  const w = work.subarray(0, n);
  for (let i = 0; i < n; i++) w[i] = data[i]!;
  w.sort();
  const q1 = Math.min(n - 1, Math.max(0, javaRound(0.25 * (n + 1)) - 1));
  const q3 = Math.min(n - 1, Math.max(0, javaRound(0.75 * (n + 1)) - 1));
  return w[q3]! - w[q1]!;
}

/** Median absolute deviation: median(|x - median(x)|). */
export function mad(data: ArrayLike<number>): number {
  if (data.length === 0) return 0;
  const m = median(data);
  return median(Array.from(data, (x) => Math.abs(m - x)));
}

/** Interquartile range as CloudSim computes it: sorted[round(0.75(n+1)) - 1] - sorted[round(0.25(n+1)) - 1]. */
export function iqr(data: ArrayLike<number>): number {
  const s = Float64Array.from(data).sort();
  const n = s.length;
  const q1 = javaRound(0.25 * (n + 1)) - 1;
  const q3 = javaRound(0.75 * (n + 1)) - 1;
  return s[Math.min(n - 1, Math.max(0, q3))]! - s[Math.min(n - 1, Math.max(0, q1))]!;
}

const javaRound = (x: number): number => Math.floor(x + 0.5);

/** Length once trailing zeros are dropped (CloudSim trims a history's zero tail before using it). */
export function trimmedLength(data: ArrayLike<number>): number {
  let n = data.length;
  while (n > 0 && data[n - 1] === 0) n--;
  return n;
}

/** Ordinary least squares line through (1, y0), (2, y1), ...: [intercept, slope]. */
export function linearFit(y: ArrayLike<number>): [number, number] {
  const n = y.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const x = i + 1;
    sx += x;
    sy += y[i]!;
    sxx += x * x;
    sxy += x * y[i]!;
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return [(sy - slope * sx) / n, slope];
}

/**
 * Coefficient of determination R² of regressing `y` on the columns `xs` with an intercept (OLS by
 * normal equations). NaN when the system is degenerate.
 */
export function rSquared(y: ArrayLike<number>, xs: ArrayLike<number>[]): number {
  const n = y.length;
  const k = xs.length + 1;
  const a: number[][] = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  const col = (j: number, i: number): number => (j === 0 ? 1 : xs[j - 1]![i]!);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < k; r++) {
      const xr = col(r, i);
      for (let c = 0; c < k; c++) a[r]![c]! += xr * col(c, i);
      a[r]![k]! += xr * y[i]!;
    }
  }
  const beta = solve(a, k);
  if (!beta) return NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let j = 0; j < k; j++) fit += beta[j]! * col(j, i);
    ssRes += (y[i]! - fit) ** 2;
    ssTot += (y[i]! - mean) ** 2;
  }
  return 1 - ssRes / ssTot;
}

/**
 * R² of each series regressed (with an intercept) on all the others, for all series at once:
 * with C the centred cross-product matrix, R²_i = 1 - 1/(C_ii·(C⁻¹)_ii) (one over the variance
 * inflation factor), so one O(n³) inversion serves every series. Series are columns of m samples.
 * NaN for all when C is singular (too few samples or linearly dependent series).
 */
export function rSquaredEach(series: readonly ArrayLike<number>[], m: number): number[] {
  const n = series.length;
  const mean = series.map((s) => {
    let t = 0;
    for (let r = 0; r < m; r++) t += s[r]!;
    return t / m;
  });
  // Augmented [C | I] for Gauss-Jordan inversion.
  const w = 2 * n;
  const a = new Float64Array(n * w);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let c = 0;
      for (let r = 0; r < m; r++) c += (series[i]![r]! - mean[i]!) * (series[j]![r]! - mean[j]!);
      a[i * w + j] = c;
      a[j * w + i] = c;
    }
    a[i * w + n + i] = 1;
  }
  const diag = Array.from({ length: n }, (_, i) => a[i * w + i]!);
  const scale = Math.max(...diag.map(Math.abs), 0);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * w + c]!) > Math.abs(a[p * w + c]!)) p = r;
    if (!(Math.abs(a[p * w + c]!) > 1e-12 * scale)) return new Array<number>(n).fill(NaN);
    if (p !== c) {
      for (let j = 0; j < w; j++) {
        const t = a[c * w + j]!;
        a[c * w + j] = a[p * w + j]!;
        a[p * w + j] = t;
      }
    }
    const pivot = a[c * w + c]!;
    for (let j = 0; j < w; j++) a[c * w + j] = a[c * w + j]! / pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r * w + c]!;
      if (f === 0) continue;
      for (let j = 0; j < w; j++) a[r * w + j] = a[r * w + j]! - f * a[c * w + j]!;
    }
  }
  return diag.map((d, i) => 1 - 1 / (d * a[i * w + n + i]!));
}

/** Gaussian elimination with partial pivoting on an augmented k x (k+1) matrix. */
function solve(a: number[][], k: number): number[] | null {
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (Math.abs(a[p]![c]!) < 1e-12) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let j = c; j <= k; j++) a[r]![j]! -= f * a[c]![j]!;
    }
  }
  return a.map((row, i) => row[k]! / row[i]!);
}
