/**
 * Host power models. Linear: P = idle + (max - idle) * u. Table: SPECpower-style 11 points at
 * 0, 10, ..., 100 % load, interpolated linearly (Beloglazov & Buyya 2012; CloudSim power package).
 */
export type PowerModel =
  | { type: 'linear'; idleW: number; maxW: number }
  | { type: 'table'; label?: string; pointsW: number[] };

export const HP_ML110_G4: PowerModel = {
  type: 'table',
  label: 'HP ProLiant ML110 G4',
  pointsW: [86, 89.4, 92.6, 96, 99.5, 102, 106, 108, 112, 114, 117],
};

export const HP_ML110_G5: PowerModel = {
  type: 'table',
  label: 'HP ProLiant ML110 G5',
  pointsW: [93.7, 97, 101, 105, 110, 116, 121, 125, 129, 133, 135],
};

export const GENERIC_SERVER: PowerModel = { type: 'linear', idleW: 120, maxW: 350 };

/** Power in watts at utilization u (0..1, clamped). */
export function powerAt(model: PowerModel, u: number): number {
  const load = Math.min(1, Math.max(0, u));
  if (model.type === 'linear') return model.idleW + (model.maxW - model.idleW) * load;
  const pts = model.pointsW;
  const pos = load * (pts.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(pts.length - 1, lo + 1);
  return pts[lo]! + (pts[hi]! - pts[lo]!) * (pos - lo);
}
