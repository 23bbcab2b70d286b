import { hypervisorFamilyProps } from '../model';
import { TemplateBuilder } from './builder';
import { GUESTS, load } from './guests';
import type { Template } from './types';

/** Xen's split architecture: Dom0 holds the toolstack and backend drivers, DomUs run PV or HVM. */
export const xenLab: Template = {
  id: 'xen-lab',
  title: 'Xen lab',
  description: 'A Xen host with its Dom0 (toolstack, netback/blkback, QEMU) and PV, PVH and HVM DomUs on two VLANs, with disks on an NFS pool.',
  build() {
    const b = new TemplateBuilder();
    const host = b.add('host', { name: 'xen-01', cpuModel: 'xeon-e5-2680v4', cpuVendor: 'intel', cpuFeatures: ['vt-x', 'ept', 'vt-d', 'nested', 'aes-ni', 'avx2'], mipsPerCore: 2400, sockets: 2, coresPerSocket: 14, threadsPerCore: 2, ramGiB: 128, rack: 'lab-A' }, { at: { x: 0, y: 0 } });
    const xen = b.add('hypervisor', { name: 'Xen 4.18', version: '4.18', ...hypervisorFamilyProps('xen') }, { parent: host, columns: 2 });
    const dom0 = b.add('dom0', { name: 'Dom0 (Debian)', vcpus: 4, ramMiB: 4096, toolstack: 'xl', backendDrivers: ['netback', 'blkback'], qemuDeviceModel: true }, { parent: xen });
    b.add('vswitch', { name: 'xenbr0 (Open vSwitch)', switchKind: 'ovs', mtu: 1500, portGroups: [{ name: 'lab', vlanId: 10, mode: 'access' }, { name: 'storage', vlanId: 20, mode: 'access' }] }, { parent: xen });
    const pv = b.add('vm', { name: 'debian-pv', vcpus: 2, ramMiB: 4096, mode: 'pv', guestOs: GUESTS.debian, workload: load(25, 15, 256) }, { parent: xen });
    const pvh = b.add('vm', { name: 'alpine-pvh', vcpus: 1, ramMiB: 1024, mode: 'pvh', guestOs: GUESTS.alpine, workload: load(10, 5, 64) }, { parent: xen });
    const hvm = b.add('vm', { name: 'windows-hvm', vcpus: 4, ramMiB: 8192, mode: 'hvm', guestOs: GUESTS.windowsServer, workload: load(40, 30, 512) }, { parent: xen });

    const lab = b.add('vlan', { name: 'VLAN 10 lab', vlanId: 10, subnet: '10.0.10.0/24', gateway: '10.0.10.1', purpose: 'vm' }, { at: { x: 0, y: 420 } });
    const storage = b.add('vlan', { name: 'VLAN 20 storage', vlanId: 20, subnet: '10.0.20.0/24', gateway: '10.0.20.1', purpose: 'storage' }, { at: { x: 220, y: 420 } });
    const sw = b.add('physicalSwitch', { name: 'lab-switch', ports: 24, speedMbps: 10000, trunkVlans: [10, 20] }, { at: { x: 700, y: 40 } });
    const nfs = b.add('storagePool', { name: 'nfs-pool', poolType: 'nas-nfs', capacityGiB: 2048, shared: true, thinRatio: 1.5, method: 'array' }, { at: { x: 700, y: 240 } });

    b.connect(host, sw, { mode: 'trunk', vlans: [10, 20] });
    b.connect(nfs, sw, { mode: 'access', vlans: [20] });
    b.connect(host, nfs, { protocol: 'nfs' });
    b.connect(dom0, storage, { ip: '10.0.20.11', mac: '00:16:3e:00:20:11' });
    b.connect(pv, lab, { ip: '10.0.10.21', mac: '00:16:3e:00:10:21' });
    b.connect(pvh, lab, { ip: '10.0.10.22', mac: '00:16:3e:00:10:22' });
    b.connect(hvm, lab, { ip: '10.0.10.23', mac: '00:16:3e:00:10:23' });
    b.connect(pv, nfs, { sizeGiB: 40, writtenGiB: 12, provisioning: 'thin' });
    b.connect(pvh, nfs, { sizeGiB: 8, writtenGiB: 2, provisioning: 'thin' });
    b.connect(hvm, nfs, { sizeGiB: 80, writtenGiB: 35, provisioning: 'thin' });
    return b.build();
  },
};
