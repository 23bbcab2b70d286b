import { hypervisorFamilyProps } from '../../../shared/model/defaults';
import type { Kind } from '../../../shared/model';

/** One thing the user can drag onto the canvas: a kind with a preset and a sentence that explains it. */
export interface PaletteItem {
  id: string;
  kind: Kind;
  label: string;
  group: 'Compute' | 'Virtualization' | 'Networking' | 'Storage' | 'Management & services';
  /** One sentence from the course notes: what this is. */
  tip: string;
  props?: Record<string, unknown>;
}

export const PALETTE: readonly PaletteItem[] = [
  { id: 'host', kind: 'host', label: 'Physical host', group: 'Compute', tip: 'The physical hardware (CPU, memory, disks, NICs) that every virtualization layer ultimately runs on.' },
  { id: 'hostOs', kind: 'hostOs', label: 'Host OS', group: 'Compute', tip: 'An operating system installed on the hardware; a Type-2 hypervisor and containers run on top of it.' },
  { id: 'cluster', kind: 'cluster', label: 'Cluster', group: 'Compute', tip: 'Several hosts pooled to act as one, so VMs can be balanced (DRS) and restarted elsewhere (HA).' },
  { id: 'hv-esxi', kind: 'hypervisor', label: 'ESXi (Type 1)', group: 'Virtualization', tip: 'A bare-metal (Type-1) hypervisor: it runs directly on the hardware, with no host OS beneath it.', props: { name: 'ESXi', ...hypervisorFamilyProps('esxi') } },
  { id: 'hv-kvm', kind: 'hypervisor', label: 'KVM (Type 1)', group: 'Virtualization', tip: 'The Linux kernel turned into a hypervisor; it needs hardware-assisted virtualization (VT-x / AMD-V).', props: { name: 'KVM', ...hypervisorFamilyProps('kvm') } },
  { id: 'hv-xen', kind: 'hypervisor', label: 'Xen (Type 1)', group: 'Virtualization', tip: 'A bare-metal hypervisor that pioneered para-virtualization; a privileged Dom0 manages the other domains.', props: { name: 'Xen', ...hypervisorFamilyProps('xen') } },
  { id: 'hv-hyperv', kind: 'hypervisor', label: 'Hyper-V (Type 1)', group: 'Virtualization', tip: 'Microsoft’s bare-metal hypervisor; Windows itself runs in the parent partition.', props: { name: 'Hyper-V', ...hypervisorFamilyProps('hyper-v') } },
  { id: 'hv-vbox', kind: 'hypervisor', label: 'VirtualBox (Type 2)', group: 'Virtualization', tip: 'A hosted (Type-2) hypervisor: an application running on a host OS, which it relies on for devices.', props: { name: 'VirtualBox', ...hypervisorFamilyProps('virtualbox') } },
  { id: 'hv-vmw', kind: 'hypervisor', label: 'VMware Workstation (Type 2)', group: 'Virtualization', tip: 'A hosted (Type-2) hypervisor for desktops, using binary translation or hardware assistance.', props: { name: 'Workstation', ...hypervisorFamilyProps('vmware-workstation') } },
  { id: 'dom0', kind: 'dom0', label: 'Xen Dom0', group: 'Virtualization', tip: 'Xen’s privileged control domain: it boots first, runs the toolstack and the backend drivers for every DomU.' },
  { id: 'vm', kind: 'vm', label: 'Virtual machine', group: 'Virtualization', tip: 'A guest: a complete computer in software, with its own OS, isolated from the others on the same hardware.' },
  { id: 'domu-pv', kind: 'vm', label: 'Xen DomU (PV)', group: 'Virtualization', tip: 'An unprivileged Xen domain whose kernel is modified to call the hypervisor directly (para-virtualization).', props: { name: 'DomU', mode: 'pv' } },
  { id: 'domu-hvm', kind: 'vm', label: 'Xen DomU (HVM)', group: 'Virtualization', tip: 'An unmodified guest on Xen, run with hardware assistance (VT-x / AMD-V) and an emulated device model.', props: { name: 'DomU', mode: 'hvm' } },
  { id: 'container', kind: 'container', label: 'Container', group: 'Virtualization', tip: 'OS-level virtualization: an isolated user space that shares its host’s kernel, with no hypervisor.' },
  { id: 'vswitch', kind: 'vswitch', label: 'Virtual switch', group: 'Networking', tip: 'A software switch inside the hypervisor connecting VMs to each other and, through uplinks, to the network.' },
  { id: 'vlan', kind: 'vlan', label: 'VLAN', group: 'Networking', tip: 'An 802.1Q virtual LAN: one broadcast domain separated from others on the same wires by a tag (1–4094).' },
  { id: 'physicalSwitch', kind: 'physicalSwitch', label: 'Physical switch', group: 'Networking', tip: 'The real switch host NICs plug into; trunk ports carry several VLANs.' },
  { id: 'loadBalancer', kind: 'loadBalancer', label: 'Load balancer', group: 'Networking', tip: 'Application server virtualization: one virtual IP in front of a pool of servers.' },
  { id: 'pool-san', kind: 'storagePool', label: 'SAN pool (iSCSI)', group: 'Storage', tip: 'Block storage over a storage network: hosts see raw disks (LUNs).', props: { name: 'SAN', poolType: 'san-iscsi' } },
  { id: 'pool-nas', kind: 'storagePool', label: 'NAS pool (NFS)', group: 'Storage', tip: 'File storage over the network: hosts mount a shared file system.', props: { name: 'NAS', poolType: 'nas-nfs' } },
  { id: 'pool-object', kind: 'storagePool', label: 'Object pool (S3)', group: 'Storage', tip: 'Object storage addressed by key over HTTP, as in S3 or Ceph.', props: { name: 'Object store', poolType: 'object-s3' } },
  { id: 'pool-local', kind: 'storagePool', label: 'Local disk pool', group: 'Storage', tip: 'Disks inside one host: fast, but other hosts cannot reach them (no live migration without copying).', props: { name: 'Local', poolType: 'local', shared: false } },
  { id: 'managementServer', kind: 'managementServer', label: 'Management server', group: 'Management & services', tip: 'The control plane (vCenter, Xen Orchestra…) that manages hosts and clusters centrally.' },
  { id: 'desktopPool', kind: 'desktopPool', label: 'Desktop pool (VDI)', group: 'Management & services', tip: 'Desktop virtualization: user desktops run as VMs in the data centre and are reached over a display protocol.' },
];

export const paletteItem = (id: string) => PALETTE.find((p) => p.id === id);
export const PALETTE_MIME = 'application/x-virtlab-palette';
