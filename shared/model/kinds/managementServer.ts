import type { ElementBase } from './common';

/** Central management (vCenter, Xen Orchestra, virt-manager…): the control plane for hosts. */
export interface ManagementServer extends ElementBase<'managementServer'> {
  product: 'vcenter' | 'xen-orchestra' | 'virt-manager' | 'scvmm' | 'proxmox';
  services: ('ha' | 'drs' | 'backup' | 'vmotion')[];
}
