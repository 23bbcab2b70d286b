import type { ElementBase } from './common';

/** Several hosts acting as one: HA restarts VMs, DRS balances them. Hosts nest inside it. */
export interface Cluster extends ElementBase<'cluster'> {
  ha: { enabled: boolean; admission: 'host-failures' | 'percentage' | 'none'; hostFailuresToTolerate: number; percentReserved: number };
  drs: 'off' | 'manual' | 'partial' | 'full';
  /** EVC / CPU baseline: hosts expose only this common feature set, so VMs can migrate. */
  evcBaseline: string | null;
}
