import { hypervisorFamilyProps, type NodeId } from '../model';
import { TemplateBuilder } from './builder';
import { GUESTS, load } from './guests';
import type { Template } from './types';

/** Storage virtualization: block (SAN), file (NAS) and object pools presented to hosts as one resource. */
export const storageVirtualization: Template = {
  id: 'storage-virtualization',
  title: 'Storage virtualization: SAN, NAS and object',
  description: 'Two KVM hosts reach an iSCSI SAN (block, virtualized in the fabric), an NFS NAS (file, array-based) and a Ceph object pool (host-based) over a storage VLAN; VM disks live on the SAN and the NAS.',
  build() {
    const b = new TemplateBuilder();
    const hosts: NodeId[] = [];
    const vms: NodeId[] = [];
    for (const n of [1, 2]) {
      const host = b.add('host', { name: `kvm-0${n}`, cpuModel: 'epyc-7543', cpuVendor: 'amd', cpuFeatures: ['amd-v', 'npt', 'amd-vi', 'nested', 'aes-ni', 'avx2'], mipsPerCore: 2800, ramGiB: 256 }, { at: { x: (n - 1) * 480, y: 0 } });
      hosts.push(host);
      const kvm = b.add('hypervisor', { name: `KVM (kvm-0${n})`, version: 'QEMU 8.2', ...hypervisorFamilyProps('kvm') }, { parent: host, columns: 2 });
      b.add('vswitch', { name: 'br0', switchKind: 'linux-bridge', mtu: 1500, portGroups: [{ name: 'vms', vlanId: 10, mode: 'access' }] }, { parent: kvm });
      vms.push(b.add('vm', { name: `db-0${n}`, vcpus: 4, ramMiB: 16384, guestOs: GUESTS.rhel, workload: load(45, 60, 2048) }, { parent: kvm }));
      vms.push(b.add('vm', { name: `files-0${n}`, vcpus: 2, ramMiB: 4096, guestOs: GUESTS.debian, workload: load(15, 10, 256) }, { parent: kvm }));
    }
    const san = b.add('storagePool', { name: 'iSCSI SAN (block)', poolType: 'san-iscsi', capacityGiB: 8192, shared: true, thinRatio: 2, method: 'network' }, { at: { x: 0, y: 420 } });
    const nas = b.add('storagePool', { name: 'NFS NAS (file)', poolType: 'nas-nfs', capacityGiB: 16384, shared: true, thinRatio: 1.5, method: 'array' }, { at: { x: 240, y: 420 } });
    const ceph = b.add('storagePool', { name: 'Ceph object store', poolType: 'object-ceph', capacityGiB: 65536, shared: true, thinRatio: 1, method: 'host' }, { at: { x: 480, y: 420 } });
    const vmNet = b.add('vlan', { name: 'VLAN 10 servers', vlanId: 10, subnet: '10.0.10.0/24', gateway: '10.0.10.1', purpose: 'vm' }, { at: { x: 1000, y: 40 } });
    b.add('vlan', { name: 'VLAN 40 storage', vlanId: 40, subnet: '10.0.40.0/24', gateway: '10.0.40.1', purpose: 'storage' }, { at: { x: 1000, y: 140 } });
    const sw = b.add('physicalSwitch', { name: 'storage-switch', ports: 48, speedMbps: 25000, trunkVlans: [10, 40] }, { at: { x: 1000, y: 420 } });

    for (const host of hosts) {
      b.connect(host, sw, { mode: 'trunk', vlans: [10, 40], speedMbps: 25000 });
      b.connect(host, san, { protocol: 'iscsi' });
      b.connect(host, nas, { protocol: 'nfs' });
      b.connect(host, ceph, { protocol: 's3' });
    }
    for (const pool of [san, nas, ceph]) b.connect(pool, sw, { mode: 'access', vlans: [40], speedMbps: 25000 });
    vms.forEach((vm, i) => {
      b.connect(vm, vmNet, { ip: `10.0.10.${21 + i}`, mac: `52:54:00:00:10:${21 + i}` });
      const db = i % 2 === 0;
      b.connect(vm, db ? san : nas, { sizeGiB: db ? 500 : 200, writtenGiB: db ? 280 : 90, provisioning: db ? 'thick' : 'thin' });
    });
    return b.build();
  },
};
