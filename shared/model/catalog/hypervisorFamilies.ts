/**
 * Hypervisor families with their type and the virtualization modes they offer.
 * Type 1 (bare metal) runs directly on the hardware; Type 2 (hosted) runs as an application on a
 * host OS. Modes: full virtualization by binary translation, para-virtualization (modified guest),
 * hardware-assisted (VT-x / AMD-V) and hybrid (hardware-assisted with para-virtual drivers).
 */
export type HypervisorFamily = 'esxi' | 'kvm' | 'xen' | 'hyper-v' | 'virtualbox' | 'vmware-workstation' | 'qemu-tcg';
export type HypervisorType = 1 | 2;
export type VirtualizationMode = 'full-bt' | 'para' | 'hw-assisted' | 'hybrid';

export interface HypervisorFamilyInfo {
  family: HypervisorFamily;
  label: string;
  type: HypervisorType;
  modes: VirtualizationMode[];
  /** Memory the hypervisor itself needs on the host, in MiB. */
  overheadRamMiB: number;
  /** CPU the hypervisor itself consumes, percent of the host. */
  overheadCpuPercent: number;
  /** Default vCPU : pCPU (hardware thread) overcommit ratio. */
  vcpuRatio: number;
  /** Default RAM overcommit, percent of host RAM that may be promised to guests (100 = none). */
  ramOvercommitPercent: number;
  /** True when the family needs VT-x / AMD-V on the host to run at all. */
  requiresHardwareAssist: boolean;
}

export const HYPERVISOR_FAMILIES: Record<HypervisorFamily, HypervisorFamilyInfo> = {
  esxi: { family: 'esxi', label: 'VMware ESXi', type: 1, modes: ['full-bt', 'hw-assisted', 'hybrid'], overheadRamMiB: 4096, overheadCpuPercent: 3, vcpuRatio: 4, ramOvercommitPercent: 120, requiresHardwareAssist: true },
  kvm: { family: 'kvm', label: 'KVM (Linux)', type: 1, modes: ['hw-assisted', 'hybrid'], overheadRamMiB: 2048, overheadCpuPercent: 3, vcpuRatio: 4, ramOvercommitPercent: 120, requiresHardwareAssist: true },
  xen: { family: 'xen', label: 'Xen', type: 1, modes: ['para', 'hw-assisted', 'hybrid'], overheadRamMiB: 512, overheadCpuPercent: 2, vcpuRatio: 4, ramOvercommitPercent: 100, requiresHardwareAssist: false },
  'hyper-v': { family: 'hyper-v', label: 'Microsoft Hyper-V', type: 1, modes: ['hw-assisted', 'hybrid'], overheadRamMiB: 2048, overheadCpuPercent: 4, vcpuRatio: 4, ramOvercommitPercent: 110, requiresHardwareAssist: true },
  virtualbox: { family: 'virtualbox', label: 'Oracle VirtualBox', type: 2, modes: ['full-bt', 'hw-assisted'], overheadRamMiB: 512, overheadCpuPercent: 8, vcpuRatio: 2, ramOvercommitPercent: 100, requiresHardwareAssist: false },
  'vmware-workstation': { family: 'vmware-workstation', label: 'VMware Workstation', type: 2, modes: ['full-bt', 'hw-assisted'], overheadRamMiB: 768, overheadCpuPercent: 8, vcpuRatio: 2, ramOvercommitPercent: 100, requiresHardwareAssist: false },
  'qemu-tcg': { family: 'qemu-tcg', label: 'QEMU (TCG emulation)', type: 2, modes: ['full-bt'], overheadRamMiB: 256, overheadCpuPercent: 30, vcpuRatio: 1, ramOvercommitPercent: 100, requiresHardwareAssist: false },
};
