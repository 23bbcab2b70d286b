import { iqr, linearFit, mad, trimmedLength } from './stats';

/**
 * Host overload detection of Beloglazov & Buyya (2012), as CloudSim implements it. Histories are
 * host CPU utilizations (0..1), most recent first, at most 30 samples. A detector returns whether
 * the host is overloaded, or null when the history is too short and the fallback (THR at 0.7)
 * decides.
 */
export type OverloadPolicy = 'thr' | 'mad' | 'iqr' | 'lr';

/** Default safety parameters (the classic experiments): THR 0.8 threshold, MAD 2.5, IQR 1.5, LR 1.2. */
export const DEFAULT_SAFETY: Record<OverloadPolicy, number> = { thr: 0.8, mad: 2.5, iqr: 1.5, lr: 1.2 };
/** Threshold of the fallback static policy when the history is too short. */
export const FALLBACK_THRESHOLD = 0.7;
/** MAD and IQR need this many samples; LR regresses over the last LR_WINDOW. */
export const MIN_ADAPTIVE_HISTORY = 12;
export const LR_WINDOW = 10;

/** THR: overloaded when utilization exceeds the static threshold. */
export function thrOverloaded(utilization: number, threshold: number): boolean {
  return utilization > threshold;
}

/** MAD: overloaded when utilization > 1 - s·MAD(history); null below 12 samples. */
export function madOverloaded(history: ArrayLike<number>, utilization: number, safety: number): boolean | null {
  if (trimmedLength(history) < MIN_ADAPTIVE_HISTORY) return null;
  return utilization > 1 - safety * mad(Array.prototype.slice.call(history, 0, trimmedLength(history)) as number[]);
}

/** IQR: overloaded when utilization > 1 - s·IQR(history); null below 12 samples. */
export function iqrOverloaded(history: ArrayLike<number>, utilization: number, safety: number): boolean | null {
  if (trimmedLength(history) < MIN_ADAPTIVE_HISTORY) return null;
  return utilization > 1 - safety * iqr(Array.prototype.slice.call(history, 0, trimmedLength(history)) as number[]);
}

/**
 * LR: fits a line to the last 10 samples (oldest first, x = 1..10) and predicts the utilization
 * `migrationIntervals` intervals after the last one; overloaded when s x prediction >= 1. (CloudSim
 * computes tricube weights, but its weighted regression only applies them when 40 % of the weights
 * are zero, which never happens, so the fit is ordinary least squares; we do the same.)
 */
export function lrPrediction(history: ArrayLike<number>, migrationIntervals: number): number | null {
  if (trimmedLength(history) < LR_WINDOW) return null;
  const window = new Float64Array(LR_WINDOW);
  for (let i = 0; i < LR_WINDOW; i++) window[i] = history[LR_WINDOW - 1 - i]!;
  const [a, b] = linearFit(window);
  return a + b * (LR_WINDOW + migrationIntervals);
}

/** LR decision from a prediction. */
export function lrOverloaded(history: ArrayLike<number>, migrationIntervals: number, safety: number): boolean | null {
  const p = lrPrediction(history, migrationIntervals);
  return p === null ? null : p * safety >= 1;
}
