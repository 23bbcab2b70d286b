import { hypervisorFamilyProps, type NodeId } from '../model';
import { TemplateBuilder } from './builder';
import { GUESTS, load } from './guests';
import type { Template } from './types';

/** Desktop virtualization (VDI): user desktops are VMs in the data centre, reached over a display protocol. */
export const vdiPool: Template = {
  id: 'vdi-desktop-pool',
  title: 'VDI desktop pool',
  description: 'A desktop pool of six Windows 11 VMs on a two-host ESXi cluster, reached by clients over the Blast protocol, with desktops on shared NFS storage.',
  build() {
    const b = new TemplateBuilder();
    const cluster = b.add('cluster', { name: 'VDI cluster', ha: { enabled: true, admission: 'host-failures', hostFailuresToTolerate: 1, percentReserved: 50 }, drs: 'full', evcBaseline: null }, { at: { x: 0, y: 0 }, columns: 2 });
    const hosts: NodeId[] = [];
    const esxi: NodeId[] = [];
    for (const n of [1, 2]) {
      const host = b.add('host', { name: `vdi-esx-0${n}`, ramGiB: 384, rack: 'R3' }, { parent: cluster });
      hosts.push(host);
      esxi.push(b.add('hypervisor', { name: `ESXi 8.0 (vdi-esx-0${n})`, version: '8.0 U3', ...hypervisorFamilyProps('esxi') }, { parent: host, columns: 2 }));
    }
    const pool = b.add('desktopPool', { name: 'Engineering desktops', protocol: 'blast', clients: 6 }, { parent: cluster });
    const vcsa = b.add('vm', { name: 'vcsa', vcpus: 4, ramMiB: 21504, guestOs: GUESTS.photon, haPriority: 'high', workload: load(15, 20, 1024) }, { parent: esxi[0]! });
    const vcenter = b.add('managementServer', { name: 'vCenter Server', product: 'vcenter', services: ['ha', 'drs'] }, { parent: vcsa });
    const desktops = [1, 2, 3, 4, 5, 6].map((n) => b.add('vm', {
      name: `win11-desk-0${n}`, vcpus: 2, ramMiB: 8192, guestOs: GUESTS.windows11, haPriority: 'low', workload: load(20, 25, 512),
    }, { parent: esxi[(n - 1) % 2]! }));

    const desktopNet = b.add('vlan', { name: 'VLAN 50 desktops', vlanId: 50, subnet: '10.0.50.0/24', gateway: '10.0.50.1', purpose: 'vm' }, { at: { x: 0, y: 560 } });
    const mgmt = b.add('vlan', { name: 'VLAN 20 management', vlanId: 20, subnet: '10.0.20.0/24', gateway: '10.0.20.1', purpose: 'management' }, { at: { x: 220, y: 560 } });
    const sw = b.add('physicalSwitch', { name: 'tor-vdi', ports: 48, speedMbps: 10000, trunkVlans: [20, 50] }, { at: { x: 460, y: 560 } });
    const nfs = b.add('storagePool', { name: 'desktop-datastore (NFS)', poolType: 'nas-nfs', capacityGiB: 8192, shared: true, thinRatio: 2, method: 'array' }, { at: { x: 720, y: 560 } });

    for (const host of hosts) {
      b.connect(host, sw, { mode: 'trunk', vlans: [20, 50] });
      b.connect(host, nfs, { protocol: 'nfs' });
    }
    b.connect(vcenter, cluster);
    b.connect(vcsa, mgmt, { ip: '10.0.20.10', mac: '00:50:56:00:20:10' });
    b.connect(vcsa, nfs, { sizeGiB: 600, writtenGiB: 120, provisioning: 'thin' });
    desktops.forEach((vm, i) => {
      b.connect(vm, pool);
      b.connect(vm, desktopNet, { ip: `10.0.50.${101 + i}`, mac: `00:50:56:00:50:${String(i + 1).padStart(2, '0')}` });
      b.connect(vm, nfs, { sizeGiB: 64, writtenGiB: 24, provisioning: 'thin' });
    });
    return b.build();
  },
};
