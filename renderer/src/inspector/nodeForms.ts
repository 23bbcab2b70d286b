import { CPU_MODELS, HYPERVISOR_FAMILIES, cpuModelById, hypervisorFamilyProps, type HypervisorFamily, type Kind } from '../../../shared/model';
import { opts, type Field, type Section } from './fieldTypes';

const name: Field = { type: 'text', key: 'name', label: 'Name', format: 'nonempty' };
const mtu = (label = 'MTU'): Field => ({ type: 'number', key: 'mtu', label, unit: 'bytes', integer: true, min: 68, max: 9216, help: '1500 is standard Ethernet; 9000 is a jumbo frame.' });
const kernel: Field = { type: 'select', key: 'kernel', label: 'Kernel', options: opts(['linux', 'Linux'], ['windows', 'Windows (NT)'], ['macos', 'macOS (XNU)'], ['bsd', 'BSD']) };

const CPU_FEATURES = opts(
  ['vt-x', 'VT-x (Intel hardware virtualization)'], ['amd-v', 'AMD-V (AMD hardware virtualization)'],
  ['ept', 'EPT (second-level address translation)'], ['npt', 'NPT / RVI (second-level address translation)'],
  ['vt-d', 'VT-d (I/O MMU, device passthrough)'], ['amd-vi', 'AMD-Vi (I/O MMU)'], ['nested', 'Nested virtualization'],
  ['aes-ni', 'AES-NI'], ['avx2', 'AVX2'], ['avx512', 'AVX-512'],
);

/** Choosing a CPU model brings its vendor, features, speed and core counts along. */
const cpuModelField: Field = {
  type: 'select', key: 'cpuModel', label: 'CPU model',
  options: CPU_MODELS.map((m) => ({ value: m.id, label: m.label })),
  apply: (id) => {
    const m = cpuModelById(id ?? '');
    return m ? { cpuVendor: m.vendor, cpuFeatures: [...m.features], mipsPerCore: m.mipsPerCore, coresPerSocket: m.coresPerSocket, threadsPerCore: m.threadsPerCore } : {};
  },
};

const familyField: Field = {
  type: 'select', key: 'family', label: 'Family',
  options: Object.values(HYPERVISOR_FAMILIES).map((f) => ({ value: f.family, label: `${f.label} (Type ${f.type})` })),
  apply: (family) => hypervisorFamilyProps(family as HypervisorFamily),
  help: 'Choosing a family sets its type, modes, overheads and overcommit ratios.',
};

/** The inspector form of each kind, section by section, built from the model's types. */
export const NODE_FORMS: Record<Kind, readonly Section[]> = {
  host: [
    { title: 'General', fields: [name, { type: 'text', key: 'rack', label: 'Rack / site', placeholder: 'optional' }, { type: 'select', key: 'powerState', label: 'Power', options: opts(['on', 'On'], ['off', 'Off']) }] },
    { title: 'CPU', fields: [
      cpuModelField,
      { type: 'select', key: 'cpuVendor', label: 'Vendor', options: opts(['intel', 'Intel'], ['amd', 'AMD'], ['arm', 'Arm']) },
      { type: 'number', key: 'sockets', label: 'Sockets', integer: true, min: 1, max: 16 },
      { type: 'number', key: 'coresPerSocket', label: 'Cores per socket', unit: 'cores', integer: true, min: 1, max: 512 },
      { type: 'number', key: 'threadsPerCore', label: 'Threads per core', integer: true, min: 1, max: 8, help: '2 with Hyper-Threading / SMT.' },
      { type: 'number', key: 'mipsPerCore', label: 'Speed per core', unit: 'MIPS', min: 1, max: 1_000_000 },
      { type: 'flags', key: 'cpuFeatures', label: 'CPU features', options: CPU_FEATURES },
    ] },
    { title: 'Memory and devices', fields: [
      { type: 'number', key: 'ramGiB', label: 'RAM', unit: 'GiB', min: 0.5, max: 65536 },
      { type: 'rows', key: 'localDisks', label: 'Local disks', itemLabel: 'disk', newRow: { sizeGiB: 960, media: 'ssd' }, fields: [
        { type: 'number', key: 'sizeGiB', label: 'Size', unit: 'GiB', min: 1, max: 1_048_576 },
        { type: 'select', key: 'media', label: 'Media', options: opts(['hdd', 'HDD'], ['ssd', 'SSD'], ['nvme', 'NVMe']) },
      ] },
      { type: 'rows', key: 'nics', label: 'NICs', itemLabel: 'NIC group', newRow: { speedMbps: 10000, count: 2, mtu: 1500 }, fields: [
        { type: 'number', key: 'count', label: 'Ports', integer: true, min: 1, max: 64 },
        { type: 'number', key: 'speedMbps', label: 'Speed', unit: 'Mbit/s', min: 10, max: 800_000 },
        mtu(),
      ] },
    ] },
    { title: 'Power model', fields: [{ type: 'power', key: 'power', label: 'Power model' }] },
  ],
  hostOs: [{ title: 'General', fields: [name, { type: 'text', key: 'osName', label: 'Operating system', format: 'nonempty' }, { type: 'text', key: 'version', label: 'Version' }, kernel] }],
  hypervisor: [
    { title: 'General', fields: [name, familyField, { type: 'readonly', key: 'hypervisorType', label: 'Type', format: (v) => (v === 1 ? 'Type 1 — bare metal, runs on the hardware' : 'Type 2 — hosted, runs on a host OS') }, { type: 'text', key: 'version', label: 'Version', placeholder: 'e.g. 8.0 U2' }] },
    { title: 'Virtualization', fields: [
      { type: 'flags', key: 'modes', label: 'Modes offered', options: opts(['full-bt', 'Full (binary translation)'], ['para', 'Para-virtualization'], ['hw-assisted', 'Hardware-assisted (VT-x / AMD-V)'], ['hybrid', 'Hybrid (HW-assisted + PV drivers)']) },
      { type: 'toggle', key: 'nested', label: 'Nested: runs inside another hypervisor’s guest' },
    ] },
    { title: 'Overheads and overcommit', fields: [
      { type: 'number', key: 'overheadRamMiB', label: 'RAM overhead', unit: 'MiB', integer: true, min: 0, max: 1_048_576 },
      { type: 'number', key: 'overheadCpuPercent', label: 'CPU overhead', unit: '%', min: 0, max: 100 },
      { type: 'number', key: 'vcpuRatio', label: 'vCPU : pCPU ratio', unit: '×', min: 0.1, max: 64, help: 'How many virtual CPUs may share one hardware thread.' },
      { type: 'number', key: 'ramOvercommitPercent', label: 'RAM overcommit', unit: '%', min: 10, max: 1000, help: '100 % means no overcommit.' },
    ] },
  ],
  dom0: [
    { title: 'General', fields: [name, { type: 'select', key: 'toolstack', label: 'Toolstack', options: opts(['xl', 'xl'], ['libxl', 'libxl'], ['xapi', 'XAPI (XenServer / XCP-ng)']) }, { type: 'toggle', key: 'qemuDeviceModel', label: 'QEMU device model (for HVM guests)' }] },
    { title: 'Reservation', fields: [
      { type: 'number', key: 'vcpus', label: 'vCPUs', unit: 'vCPU', integer: true, min: 1, max: 512 },
      { type: 'number', key: 'ramMiB', label: 'RAM', unit: 'MiB', integer: true, min: 128, max: 4_194_304 },
      { type: 'tags', key: 'backendDrivers', label: 'Backend drivers', placeholder: 'netback, blkback' },
    ] },
  ],
  vm: [
    { title: 'General', fields: [name, { type: 'select', key: 'state', label: 'State', options: opts(['provisioning', 'Provisioning'], ['booting', 'Booting'], ['running', 'Running'], ['suspended', 'Suspended'], ['migrating', 'Migrating'], ['snapshotting', 'Snapshot / backup'], ['stopped', 'Stopped'], ['terminated', 'Terminated']) }] },
    { title: 'Resources', fields: [
      { type: 'number', key: 'vcpus', label: 'vCPUs', unit: 'vCPU', integer: true, min: 1, max: 768 },
      { type: 'number', key: 'ramMiB', label: 'RAM', unit: 'MiB', integer: true, min: 1, max: 25_165_824 },
    ] },
    { title: 'Guest', fields: [
      { type: 'select', key: 'mode', label: 'Virtualization mode', options: opts(['hvm', 'HVM — unmodified guest, full / hardware-assisted'], ['pv', 'PV — para-virtualized (modified kernel)'], ['pvh', 'PVH — PV in a hardware-assisted container']) },
      { type: 'group', key: 'guestOs', label: 'Guest OS', fields: [{ type: 'text', key: 'osName', label: 'OS', format: 'nonempty' }, kernel, { type: 'toggle', key: 'pvCapable', label: 'PV-capable kernel' }] },
      { type: 'toggle', key: 'nestedVirtualization', label: 'Runs its own hypervisor (nested virtualization)' },
    ] },
    { title: 'Workload and HA', fields: [
      { type: 'group', key: 'workload', label: 'Workload', fields: [
        { type: 'number', key: 'cpuPercent', label: 'CPU load', unit: '%', min: 0, max: 100 },
        { type: 'number', key: 'dirtyRateMiBs', label: 'Dirty page rate', unit: 'MiB/s', min: 0, max: 1_000_000, help: 'How fast the guest rewrites memory: drives live-migration rounds.' },
        { type: 'number', key: 'wwsMiB', label: 'Writable working set', unit: 'MiB', min: 0, max: 25_165_824, help: 'The hot pages that are rewritten again and again.' },
      ] },
      { type: 'select', key: 'haPriority', label: 'HA restart priority', options: opts(['high', 'High'], ['medium', 'Medium'], ['low', 'Low'], ['disabled', 'Disabled']) },
    ] },
  ],
  container: [
    { title: 'General', fields: [name, { type: 'text', key: 'image', label: 'Image', format: 'nonempty', placeholder: 'nginx:1.27' }, kernel] },
    { title: 'Limits and isolation', fields: [
      { type: 'number', key: 'cpuLimit', label: 'CPU limit', unit: 'vCPU', min: 0.01, max: 512 },
      { type: 'number', key: 'ramLimitMiB', label: 'Memory limit', unit: 'MiB', integer: true, min: 4, max: 4_194_304 },
      { type: 'flags', key: 'namespaces', label: 'Namespaces', options: opts(['pid', 'pid'], ['net', 'net'], ['mnt', 'mnt'], ['uts', 'uts'], ['ipc', 'ipc'], ['user', 'user'], ['cgroup', 'cgroup']) },
    ] },
  ],
  vswitch: [
    { title: 'General', fields: [name, { type: 'select', key: 'switchKind', label: 'Switch type', options: opts(['standard', 'Standard (per hypervisor)'], ['distributed', 'Distributed (across a cluster)'], ['ovs', 'Open vSwitch'], ['linux-bridge', 'Linux bridge']) }, mtu()] },
    { title: 'Port groups', fields: [{ type: 'rows', key: 'portGroups', label: 'Port groups', itemLabel: 'port group', newRow: { name: 'Port group', vlanId: 20, mode: 'access' }, fields: [
      { type: 'text', key: 'name', label: 'Name', format: 'nonempty' },
      { type: 'number', key: 'vlanId', label: 'VLAN ID', integer: true, min: 1, max: 4094 },
      { type: 'select', key: 'mode', label: 'Mode', options: opts(['access', 'Access (untagged to the VM)'], ['trunk', 'Trunk (tags passed to the VM)']) },
    ] }] },
  ],
  vlan: [
    { title: 'General', fields: [name, { type: 'select', key: 'networkType', label: 'Network type', options: opts(['vlan', '802.1Q VLAN'], ['vpn', 'VPN'], ['vip', 'Virtual IP network']) }, { type: 'select', key: 'purpose', label: 'Purpose', options: opts(['vm', 'VM traffic'], ['management', 'Management'], ['migration', 'Migration (vMotion)'], ['storage', 'Storage']) }] },
    { title: 'Addressing', fields: [
      { type: 'number', key: 'vlanId', label: 'VLAN ID', integer: true, min: 1, max: 4094, help: '802.1Q tag, 1–4094.' },
      { type: 'text', key: 'subnet', label: 'Subnet', format: 'cidr', placeholder: '10.0.10.0/24' },
      { type: 'text', key: 'gateway', label: 'Gateway', format: 'ipv4', placeholder: '10.0.10.1' },
      mtu(),
      { type: 'number', key: 'bandwidthMbps', label: 'Bandwidth', unit: 'Mbit/s', min: 1, max: 800_000 },
    ] },
  ],
  physicalSwitch: [
    { title: 'General', fields: [name, { type: 'toggle', key: 'router', label: 'Routes between VLANs (layer 3)' }] },
    { title: 'Ports', fields: [
      { type: 'number', key: 'ports', label: 'Ports', unit: 'ports', integer: true, min: 1, max: 1024 },
      { type: 'number', key: 'speedMbps', label: 'Port speed', unit: 'Mbit/s', min: 10, max: 800_000 },
      { type: 'vlans', key: 'trunkVlans', label: 'Trunk VLANs', help: 'VLAN ids its trunk ports carry, e.g. 10, 20-25.' },
      mtu(),
    ] },
  ],
  storagePool: [
    { title: 'General', fields: [name, { type: 'select', key: 'poolType', label: 'Type', options: opts(['san-fc', 'SAN block — Fibre Channel'], ['san-iscsi', 'SAN block — iSCSI'], ['nas-nfs', 'NAS file — NFS'], ['nas-smb', 'NAS file — SMB'], ['object-s3', 'Object — S3'], ['object-ceph', 'Object — Ceph'], ['local', 'Local disks']) }, { type: 'toggle', key: 'shared', label: 'Shared by several hosts' }, { type: 'select', key: 'method', label: 'Virtualized in the', options: opts(['host', 'Host / server'], ['network', 'Network / fabric'], ['array', 'Storage array']) }] },
    { title: 'Capacity', fields: [
      { type: 'number', key: 'capacityGiB', label: 'Capacity', unit: 'GiB', min: 1, max: 1e9 },
      { type: 'number', key: 'thinRatio', label: 'Thin provisioning ratio', unit: '×', min: 1, max: 20, help: 'Provisioned disks may add up to capacity × this ratio (1 = thick only).' },
    ] },
  ],
  cluster: [
    { title: 'General', fields: [name, { type: 'select', key: 'drs', label: 'Load balancing (DRS)', options: opts(['off', 'Off'], ['manual', 'Manual'], ['partial', 'Partially automated'], ['full', 'Fully automated']) },
      { type: 'select', key: 'evcBaseline', label: 'CPU baseline (EVC)', options: [{ value: null, label: 'None' }, ...CPU_MODELS.map((m) => ({ value: m.id, label: m.label }))], help: 'Hosts expose only this common feature set, so VMs can migrate between them.' }] },
    { title: 'High availability', fields: [{ type: 'group', key: 'ha', label: 'HA', fields: [
      { type: 'toggle', key: 'enabled', label: 'HA enabled' },
      { type: 'select', key: 'admission', label: 'Admission control', options: opts(['host-failures', 'Tolerate host failures'], ['percentage', 'Reserve a percentage'], ['none', 'None']) },
      { type: 'number', key: 'hostFailuresToTolerate', label: 'Host failures to tolerate', integer: true, min: 0, max: 64 },
      { type: 'number', key: 'percentReserved', label: 'Capacity reserved', unit: '%', min: 0, max: 100 },
    ] }] },
  ],
  managementServer: [{ title: 'General', fields: [name,
    { type: 'select', key: 'product', label: 'Product', options: opts(['vcenter', 'VMware vCenter'], ['xen-orchestra', 'Xen Orchestra'], ['virt-manager', 'virt-manager / libvirt'], ['scvmm', 'System Center VMM'], ['proxmox', 'Proxmox VE']) },
    { type: 'flags', key: 'services', label: 'Services', options: opts(['ha', 'High availability'], ['drs', 'Load balancing (DRS)'], ['backup', 'Backup'], ['vmotion', 'Live migration']) }] }],
  loadBalancer: [{ title: 'General', fields: [name,
    { type: 'text', key: 'vip', label: 'Virtual IP', format: 'ipv4' },
    { type: 'number', key: 'port', label: 'Port', integer: true, min: 1, max: 65535 },
    { type: 'select', key: 'algorithm', label: 'Algorithm', options: opts(['round-robin', 'Round robin'], ['least-connections', 'Least connections'], ['ip-hash', 'Source IP hash']) }] }],
  desktopPool: [{ title: 'General', fields: [name,
    { type: 'select', key: 'protocol', label: 'Display protocol', options: opts(['rdp', 'RDP'], ['vnc', 'VNC'], ['ica', 'Citrix ICA / HDX'], ['pcoip', 'PCoIP'], ['blast', 'VMware Blast']) },
    { type: 'number', key: 'clients', label: 'Clients', integer: true, min: 0, max: 1_000_000 }] }],
};
