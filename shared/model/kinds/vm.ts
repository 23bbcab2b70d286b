import type { ElementBase } from './common';
import type { KernelFamily } from './hostOs';

/** VM life cycle states (DOMAIN.md §3). */
export type VmState = 'provisioning' | 'booting' | 'running' | 'suspended' | 'migrating' | 'snapshotting' | 'stopped' | 'terminated';

/**
 * HVM: fully / hardware-assisted virtualized guest (unmodified OS);
 * PV: para-virtualized guest (modified kernel that calls the hypervisor by hypercalls);
 * PVH: PV guest booted in a hardware-assisted container (Xen).
 */
export type GuestMode = 'hvm' | 'pv' | 'pvh';

export interface GuestOs { osName: string; kernel: KernelFamily; pvCapable: boolean }

/** What the guest does: CPU load and how fast it dirties memory (drives live migration). */
export interface Workload {
  cpuPercent: number;
  dirtyRateMiBs: number;
  /** Writable working set: the hot pages, MiB. */
  wwsMiB: number;
  /** Optional utilization trace: CPU percent per 5-minute interval (PlanetLab format). */
  trace?: number[];
}

/** A virtual machine; on a Xen hypervisor it is a DomU (unprivileged domain). */
export interface Vm extends ElementBase<'vm'> {
  vcpus: number;
  ramMiB: number;
  guestOs: GuestOs;
  mode: GuestMode;
  workload: Workload;
  state: VmState;
  haPriority: 'high' | 'medium' | 'low' | 'disabled';
  /** Declared nested virtualization: the guest runs its own hypervisor. */
  nestedVirtualization: boolean;
}
