import type { GuestOs, Workload } from '../model';

/** Guest operating systems the templates use. */
export const GUESTS = {
  debian: { osName: 'Debian 12', kernel: 'linux', pvCapable: true },
  ubuntu: { osName: 'Ubuntu 24.04', kernel: 'linux', pvCapable: true },
  alpine: { osName: 'Alpine Linux 3.20', kernel: 'linux', pvCapable: true },
  rhel: { osName: 'RHEL 9', kernel: 'linux', pvCapable: true },
  windowsServer: { osName: 'Windows Server 2022', kernel: 'windows', pvCapable: false },
  windows11: { osName: 'Windows 11', kernel: 'windows', pvCapable: false },
  photon: { osName: 'Photon OS 5 (vCenter appliance)', kernel: 'linux', pvCapable: true },
} as const satisfies Record<string, GuestOs>;

/** A workload: CPU percent, memory dirtying rate (MiB/s) and writable working set (MiB). */
export const load = (cpuPercent: number, dirtyRateMiBs: number, wwsMiB: number): Workload => ({ cpuPercent, dirtyRateMiBs, wwsMiB });
