/** Project-wide thresholds the rules use; every one is shown where a finding relies on it. */
export interface ProjectSettings {
  /** Minimum free RAM to keep on each host, percent of its RAM capacity (RAM × overcommit). */
  ramHeadroomPercent: number;
  /** Minimum free vCPU capacity to keep on each host, percent of threads x ratio. */
  cpuHeadroomPercent: number;
  /** Storage pool usage above which a warning is raised, percent of capacity. */
  storageWarnPercent: number;
  /** Bandwidth below which a migration network is considered too slow, Mbit/s. */
  minMigrationBandwidthMbps: number;
  /** Use each hypervisor's own overcommit ratios (true) or these project-wide ones (false). */
  useHypervisorRatios: boolean;
  vcpuRatio: number;
  ramOvercommitPercent: number;
  /** RAM a host OS keeps for itself under a Type-2 hypervisor or containers, MiB. */
  hostOsRamMiB: number;
  /** Count stopped and suspended VMs against host capacity (a reservation policy), or only powered-on ones. */
  countPoweredOffVms: boolean;
  /** Count container memory limits as if fully used on their host. */
  countContainerLimits: boolean;
}

export const DEFAULT_SETTINGS: ProjectSettings = {
  ramHeadroomPercent: 10,
  cpuHeadroomPercent: 0,
  storageWarnPercent: 85,
  minMigrationBandwidthMbps: 1000,
  useHypervisorRatios: true,
  vcpuRatio: 4,
  ramOvercommitPercent: 100,
  hostOsRamMiB: 2048,
  countPoweredOffVms: false,
  countContainerLimits: true,
};
