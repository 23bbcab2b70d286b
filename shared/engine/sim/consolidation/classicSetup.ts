import { HP_ML110_G4, HP_ML110_G5, type PowerModel } from '../../../model';
import type { OverloadPolicy } from './overload';
import type { SelectionPolicy } from './selection';

export interface DcHostType {
  label: string;
  mipsPerPe: number;
  pes: number;
  ramMiB: number;
  bwMbps: number;
  power: PowerModel;
}

export interface DcVmType {
  mips: number;
  ramMiB: number;
  bwMbps: number;
}

export interface DynamicConsolidationInput {
  hosts: DcHostType[];
  vms: { type: DcVmType; trace: ArrayLike<number> }[];
  policy: OverloadPolicy;
  /** THR threshold, or the safety parameter of MAD / IQR / LR; default per policy. */
  safety?: number;
  selection: SelectionPolicy;
  /** Scheduling interval = trace sample spacing, seconds. */
  intervalS?: number;
  /**
   * Also check RAM and bandwidth when placing migrated VMs. Off by default, as in CloudSim's
   * PlanetLab experiments: their cloudlets request no RAM or bandwidth once created, so only the
   * initial placement is bounded by memory and migrations by CPU alone.
   */
  ramAndBwLimits?: boolean;
}

/** The servers of the classic experiments (Beloglazov & Buyya 2012): 2 cores, 4 GiB, 1 Gbit/s. */
export const CLASSIC_HOST_TYPES: readonly DcHostType[] = [
  { label: 'HP ProLiant ML110 G4', mipsPerPe: 1860, pes: 2, ramMiB: 4096, bwMbps: 1000, power: HP_ML110_G4 },
  { label: 'HP ProLiant ML110 G5', mipsPerPe: 2660, pes: 2, ramMiB: 4096, bwMbps: 1000, power: HP_ML110_G5 },
];

/** The four VM types (EC2-like): 1 vCPU, 100 Mbit/s. */
export const CLASSIC_VM_TYPES: readonly DcVmType[] = [
  { mips: 2500, ramMiB: 870, bwMbps: 100 },
  { mips: 2000, ramMiB: 1740, bwMbps: 100 },
  { mips: 1000, ramMiB: 1740, bwMbps: 100 },
  { mips: 500, ramMiB: 613, bwMbps: 100 },
];

/**
 * The classic one-day experiment: `hostCount` hosts alternating ML110 G4 and G5, one VM per trace
 * with the four VM types assigned round-robin, 300 s scheduling interval.
 */
export function classicExperiment(
  traces: readonly ArrayLike<number>[],
  options: { hosts?: number; policy?: OverloadPolicy; selection?: SelectionPolicy; safety?: number; ramAndBwLimits?: boolean } = {},
): DynamicConsolidationInput {
  const hostCount = options.hosts ?? 800;
  return {
    hosts: Array.from({ length: hostCount }, (_, i) => CLASSIC_HOST_TYPES[i % 2]!),
    vms: traces.map((trace, i) => ({ type: CLASSIC_VM_TYPES[i % 4]!, trace })),
    policy: options.policy ?? 'lr',
    selection: options.selection ?? 'mmt',
    ...(options.safety === undefined ? {} : { safety: options.safety }),
    ramAndBwLimits: options.ramAndBwLimits ?? false,
    intervalS: 300,
  };
}
