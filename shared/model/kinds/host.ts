import type { CpuFeature, CpuVendor } from '../catalog/cpuModels';
import type { PowerModel } from '../catalog/powerModels';
import type { ElementBase } from './common';

export interface LocalDisk { sizeGiB: number; media: 'hdd' | 'ssd' | 'nvme' }
export interface Nic { speedMbps: number; count: number; mtu: number }

/** A physical server: the hardware every virtualization layer ultimately runs on. */
export interface Host extends ElementBase<'host'> {
  sockets: number;
  coresPerSocket: number;
  threadsPerCore: number;
  cpuModel: string;
  cpuVendor: CpuVendor;
  cpuFeatures: CpuFeature[];
  mipsPerCore: number;
  ramGiB: number;
  localDisks: LocalDisk[];
  nics: Nic[];
  power: PowerModel;
  powerState: 'on' | 'off';
  rack: string;
}
