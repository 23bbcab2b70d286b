/** A few real CPU models, so hosts start with a believable vendor, feature set and speed. */
export type CpuVendor = 'intel' | 'amd' | 'arm';

/**
 * Hardware features that matter to virtualization:
 * vt-x / amd-v: hardware-assisted virtualization (a new ring -1 for the hypervisor);
 * ept / npt: second-level address translation; vt-d / amd-vi: I/O MMU for device passthrough;
 * nested: the CPU can expose virtualization extensions to a guest hypervisor.
 */
export type CpuFeature = 'vt-x' | 'amd-v' | 'ept' | 'npt' | 'vt-d' | 'amd-vi' | 'nested' | 'aes-ni' | 'avx2' | 'avx512';

export interface CpuModel {
  id: string;
  label: string;
  vendor: CpuVendor;
  features: CpuFeature[];
  /** Instructions per second per core, in millions (the unit CloudSim uses for capacity). */
  mipsPerCore: number;
  coresPerSocket: number;
  threadsPerCore: number;
}

export const CPU_MODELS: readonly CpuModel[] = [
  { id: 'xeon-3040', label: 'Intel Xeon 3040 (HP ML110 G4)', vendor: 'intel', features: ['vt-x'], mipsPerCore: 1860, coresPerSocket: 2, threadsPerCore: 1 },
  { id: 'xeon-3075', label: 'Intel Xeon 3075 (HP ML110 G5)', vendor: 'intel', features: ['vt-x'], mipsPerCore: 2660, coresPerSocket: 2, threadsPerCore: 1 },
  { id: 'xeon-e5-2680v4', label: 'Intel Xeon E5-2680 v4', vendor: 'intel', features: ['vt-x', 'ept', 'vt-d', 'nested', 'aes-ni', 'avx2'], mipsPerCore: 2400, coresPerSocket: 14, threadsPerCore: 2 },
  { id: 'xeon-gold-6338', label: 'Intel Xeon Gold 6338', vendor: 'intel', features: ['vt-x', 'ept', 'vt-d', 'nested', 'aes-ni', 'avx2', 'avx512'], mipsPerCore: 2000, coresPerSocket: 32, threadsPerCore: 2 },
  { id: 'epyc-7543', label: 'AMD EPYC 7543', vendor: 'amd', features: ['amd-v', 'npt', 'amd-vi', 'nested', 'aes-ni', 'avx2'], mipsPerCore: 2800, coresPerSocket: 32, threadsPerCore: 2 },
  { id: 'core-i7-12700', label: 'Intel Core i7-12700 (desktop)', vendor: 'intel', features: ['vt-x', 'ept', 'vt-d', 'aes-ni', 'avx2'], mipsPerCore: 2100, coresPerSocket: 12, threadsPerCore: 2 },
  { id: 'atom-legacy', label: 'Legacy CPU without VT-x', vendor: 'intel', features: [], mipsPerCore: 1000, coresPerSocket: 2, threadsPerCore: 1 },
];

export const cpuModelById = (id: string): CpuModel | undefined => CPU_MODELS.find((m) => m.id === id);

/** Does this feature set allow hardware-assisted (HVM) guests? */
export const hasHardwareVirtualization = (features: readonly CpuFeature[]): boolean =>
  features.includes('vt-x') || features.includes('amd-v');
