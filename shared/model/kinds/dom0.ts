import type { ElementBase } from './common';

/** Xen's privileged control domain: first to boot, holds the toolstack and backend drivers. */
export interface Dom0 extends ElementBase<'dom0'> {
  vcpus: number;
  ramMiB: number;
  toolstack: 'xl' | 'libxl' | 'xapi';
  backendDrivers: string[];
  qemuDeviceModel: boolean;
}
