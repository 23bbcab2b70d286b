import { rSquaredEach } from './stats';

/**
 * VM selection from an overloaded host (Beloglazov & Buyya 2012; CloudSim's PowerVmSelectionPolicy*).
 * Each returns the index of the VM to migrate among `vms` (the host's VMs in their list order); ties
 * go to the first, as in CloudSim.
 */
export type SelectionPolicy = 'mmt' | 'mu' | 'mc';

export interface SelectableVm {
  ramMiB: number;
  /** Current CPU utilization, 0..1 of its MIPS. */
  utilization: number;
  /** Utilization history, most recent first. */
  history: ArrayLike<number>;
}

/** MMT, minimum migration time: the VM with the least RAM. */
export function selectMmt(vms: readonly SelectableVm[]): number {
  let best = 0;
  for (let i = 1; i < vms.length; i++) if (vms[i]!.ramMiB < vms[best]!.ramMiB) best = i;
  return best;
}

/** MU, minimum utilization: the VM using the least of its CPU. */
export function selectMu(vms: readonly SelectableVm[]): number {
  let best = 0;
  for (let i = 1; i < vms.length; i++) if (vms[i]!.utilization < vms[best]!.utilization) best = i;
  return best;
}

/**
 * MC, maximum correlation: the VM whose utilization is best explained by the others' (highest R²
 * of a multiple regression on them). Falls back to MMT when there are too few samples for the
 * regression (degrees of freedom <= 0) or a single VM.
 */
export function selectMc(vms: readonly SelectableVm[]): number {
  const n = vms.length;
  const m = Math.min(...vms.map((v) => v.history.length));
  if (n < 2 || m - n <= 0) return selectMmt(vms);
  const r2 = rSquaredEach(vms.map((v) => v.history), m);
  let best = 0;
  let bestR2 = Number.MIN_VALUE;
  for (let i = 0; i < n; i++) {
    if (r2[i]! > bestR2) {
      bestR2 = r2[i]!;
      best = i;
    }
  }
  return best;
}
