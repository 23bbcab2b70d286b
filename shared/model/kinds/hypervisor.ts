import type { HypervisorFamily, HypervisorType, VirtualizationMode } from '../catalog/hypervisorFamilies';
import type { ElementBase } from './common';

/** The virtualization layer (virtual machine monitor) that multiplexes hardware among guests. */
export interface Hypervisor extends ElementBase<'hypervisor'> {
  family: HypervisorFamily;
  hypervisorType: HypervisorType;
  version: string;
  modes: VirtualizationMode[];
  overheadRamMiB: number;
  overheadCpuPercent: number;
  /** vCPU : pCPU overcommit ratio allowed on this hypervisor. */
  vcpuRatio: number;
  /** Percent of host RAM that may be promised to guests (100 = no overcommit). */
  ramOvercommitPercent: number;
  /** Declared nested virtualization: this hypervisor runs inside another one's guest. */
  nested: boolean;
}
