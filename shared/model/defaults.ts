import { cpuModelById } from './catalog/cpuModels';
import { HYPERVISOR_FAMILIES, type HypervisorFamily } from './catalog/hypervisorFamilies';
import { GENERIC_SERVER } from './catalog/powerModels';
import type { PropsOf } from './element';
import type { Kind } from './kinds/common';
import type { Hypervisor } from './kinds/hypervisor';

/** Properties a hypervisor takes from its family (type, modes, overheads, ratios). */
export function hypervisorFamilyProps(family: HypervisorFamily): Pick<Hypervisor, 'family' | 'hypervisorType' | 'modes' | 'overheadRamMiB' | 'overheadCpuPercent' | 'vcpuRatio' | 'ramOvercommitPercent'> {
  const f = HYPERVISOR_FAMILIES[family];
  return {
    family,
    hypervisorType: f.type,
    modes: [...f.modes],
    overheadRamMiB: f.overheadRamMiB,
    overheadCpuPercent: f.overheadCpuPercent,
    vcpuRatio: f.vcpuRatio,
    ramOvercommitPercent: f.ramOvercommitPercent,
  };
}

const gold = cpuModelById('xeon-gold-6338')!;

/** Sensible defaults for a new element of each kind. */
export const DEFAULT_PROPS: { [K in Kind]: PropsOf<K> } = {
  host: {
    name: 'Host', sockets: 2, coresPerSocket: gold.coresPerSocket, threadsPerCore: gold.threadsPerCore,
    cpuModel: gold.id, cpuVendor: gold.vendor, cpuFeatures: [...gold.features], mipsPerCore: gold.mipsPerCore,
    ramGiB: 256, localDisks: [{ sizeGiB: 960, media: 'ssd' }], nics: [{ speedMbps: 10000, count: 2, mtu: 1500 }],
    power: GENERIC_SERVER, powerState: 'on', rack: '',
  },
  hostOs: { name: 'Host OS', osName: 'Ubuntu', version: '24.04 LTS', kernel: 'linux' },
  hypervisor: { name: 'Hypervisor', version: '', nested: false, ...hypervisorFamilyProps('kvm') },
  dom0: { name: 'Dom0', vcpus: 2, ramMiB: 4096, toolstack: 'xl', backendDrivers: ['netback', 'blkback'], qemuDeviceModel: true },
  vm: {
    name: 'VM', vcpus: 2, ramMiB: 4096, guestOs: { osName: 'Ubuntu 24.04', kernel: 'linux', pvCapable: true }, mode: 'hvm',
    workload: { cpuPercent: 30, dirtyRateMiBs: 20, wwsMiB: 256 }, state: 'running', haPriority: 'medium', nestedVirtualization: false,
  },
  container: { name: 'Container', image: 'nginx:1.27', kernel: 'linux', cpuLimit: 1, ramLimitMiB: 512, namespaces: ['pid', 'net', 'mnt', 'uts', 'ipc', 'user'] },
  vswitch: { name: 'vSwitch', switchKind: 'standard', mtu: 1500, portGroups: [{ name: 'VM Network', vlanId: 10, mode: 'access' }] },
  vlan: { name: 'VLAN', vlanId: 10, subnet: '10.0.10.0/24', gateway: '10.0.10.1', mtu: 1500, networkType: 'vlan', purpose: 'vm', bandwidthMbps: 10000 },
  physicalSwitch: { name: 'Switch', ports: 48, speedMbps: 10000, trunkVlans: [10], mtu: 1500, router: false },
  storagePool: { name: 'Storage pool', poolType: 'nas-nfs', capacityGiB: 4096, shared: true, thinRatio: 1.5, method: 'array' },
  cluster: { name: 'Cluster', ha: { enabled: true, admission: 'host-failures', hostFailuresToTolerate: 1, percentReserved: 25 }, drs: 'full', evcBaseline: null },
  managementServer: { name: 'Management', product: 'vcenter', services: ['ha', 'drs', 'vmotion'] },
  loadBalancer: { name: 'Load balancer', vip: '10.0.10.100', port: 443, algorithm: 'round-robin' },
  desktopPool: { name: 'Desktop pool', protocol: 'blast', clients: 50 },
};
