import type { Host, Hypervisor, Vm } from '../../model';
import type { ValidationContext } from '../validation/context';
import type { PreflightCategory, PreflightIssue } from './types';

/** Everything the checks need: the VM, where it is, where it would go. */
export interface Plan {
  ctx: ValidationContext;
  vm: Vm;
  srcHv: Hypervisor;
  srcHost: Host | undefined;
  dstHv: Hypervisor | undefined;
  dstHost: Host;
  /** The VM is running, so the move would be live; otherwise it is cold. */
  running: boolean;
}

export type Push = (category: PreflightCategory, severity: PreflightIssue['severity'], message: string, targets?: PreflightIssue['targets']) => void;

/** A check adds issues and may fill in the result's facts. */
export interface Facts {
  conversion: boolean;
  storage: { needed: boolean; disks: import('../../model').EdgeId[]; copyGiB: number };
  network: { migrationVlan: import('../../model').NodeId | null; bandwidthMbps: number; memoryPassSeconds: number };
}
