import { hypervisorFamilyProps, type NodeId } from '../model';
import { TemplateBuilder } from './builder';
import { GUESTS, load } from './guests';
import type { Template } from './types';

/** VMware's infrastructure virtualization: hosts pooled into a cluster that vCenter runs with HA, DRS and vMotion. */
export const vsphereCluster: Template = {
  id: 'vsphere-cluster',
  title: 'VMware vSphere cluster',
  description: 'Three ESXi hosts in an HA/DRS cluster managed by vCenter, a distributed switch, a vMotion network and a shared Fibre Channel SAN. Includes a vMotion and a host-failure scenario.',
  build() {
    const b = new TemplateBuilder();
    const cluster = b.add('cluster', { name: 'Prod cluster', ha: { enabled: true, admission: 'host-failures', hostFailuresToTolerate: 1, percentReserved: 33 }, drs: 'full', evcBaseline: null }, { at: { x: 0, y: 0 }, columns: 3 });
    const hosts: NodeId[] = [];
    const esxi: NodeId[] = [];
    for (const n of [1, 2, 3]) {
      const host = b.add('host', { name: `esx-0${n}`, ramGiB: 512, rack: 'R1' }, { parent: cluster });
      hosts.push(host);
      esxi.push(b.add('hypervisor', { name: `ESXi 8.0 (esx-0${n})`, version: '8.0 U3', ...hypervisorFamilyProps('esxi') }, { parent: host, columns: 2 }));
    }
    b.add('vswitch', { name: 'dvSwitch', switchKind: 'distributed', mtu: 1500, portGroups: [{ name: 'VM Network', vlanId: 10, mode: 'access' }, { name: 'Management', vlanId: 20, mode: 'access' }, { name: 'vMotion', vlanId: 30, mode: 'access' }] }, { parent: cluster });

    const vcsa = b.add('vm', { name: 'vcsa', vcpus: 4, ramMiB: 21504, guestOs: GUESTS.photon, haPriority: 'high', workload: load(15, 20, 1024) }, { parent: esxi[0]! });
    const vcenter = b.add('managementServer', { name: 'vCenter Server', product: 'vcenter', services: ['ha', 'drs', 'vmotion', 'backup'] }, { parent: vcsa });
    const vms = [
      b.add('vm', { name: 'web-01', vcpus: 2, ramMiB: 8192, guestOs: GUESTS.ubuntu, haPriority: 'medium', workload: load(35, 40, 512) }, { parent: esxi[0]! }),
      b.add('vm', { name: 'web-02', vcpus: 2, ramMiB: 8192, guestOs: GUESTS.ubuntu, haPriority: 'medium', workload: load(35, 40, 512) }, { parent: esxi[1]! }),
      b.add('vm', { name: 'app-01', vcpus: 4, ramMiB: 16384, guestOs: GUESTS.rhel, haPriority: 'medium', workload: load(50, 80, 2048) }, { parent: esxi[1]! }),
      b.add('vm', { name: 'db-01', vcpus: 8, ramMiB: 65536, guestOs: GUESTS.windowsServer, haPriority: 'high', workload: load(60, 150, 8192) }, { parent: esxi[2]! }),
    ];

    const vmNet = b.add('vlan', { name: 'VM Network', vlanId: 10, subnet: '10.10.10.0/24', gateway: '10.10.10.1', purpose: 'vm' }, { at: { x: 0, y: 460 } });
    const mgmt = b.add('vlan', { name: 'Management', vlanId: 20, subnet: '10.10.20.0/24', gateway: '10.10.20.1', purpose: 'management' }, { at: { x: 220, y: 460 } });
    b.add('vlan', { name: 'vMotion', vlanId: 30, subnet: '10.10.30.0/24', gateway: '10.10.30.1', purpose: 'migration', bandwidthMbps: 10000 }, { at: { x: 440, y: 460 } });
    const tor = b.add('physicalSwitch', { name: 'tor-01', ports: 48, speedMbps: 25000, trunkVlans: [10, 20, 30] }, { at: { x: 700, y: 460 } });
    const san = b.add('storagePool', { name: 'san-01 (VMFS)', poolType: 'san-fc', capacityGiB: 20480, shared: true, thinRatio: 2, method: 'array' }, { at: { x: 960, y: 460 } });

    for (const host of hosts) {
      b.connect(host, tor, { mode: 'trunk', vlans: [10, 20, 30], speedMbps: 25000 });
      b.connect(host, san, { protocol: 'fc' });
    }
    b.connect(vcenter, cluster);
    b.connect(vcsa, mgmt, { ip: '10.10.20.10', mac: '00:50:56:00:20:10' });
    b.connect(vcsa, san, { sizeGiB: 600, writtenGiB: 120, provisioning: 'thin' });
    vms.forEach((vm, i) => {
      b.connect(vm, vmNet, { ip: `10.10.10.${11 + i}`, mac: `00:50:56:00:10:${11 + i}` });
      b.connect(vm, san, { sizeGiB: i === 3 ? 500 : 60, writtenGiB: i === 3 ? 320 : 20, provisioning: i === 3 ? 'thick' : 'thin' });
    });

    b.scenario({ name: 'vMotion web-01 to esx-02', seed: 1, durationS: 600, actions: [{ at: 10, type: 'migrate', vm: vms[0]!, to: hosts[1]!, mode: 'precopy', policy: 'qemu' }] });
    b.scenario({ name: 'esx-03 fails; HA restarts db-01', seed: 2, durationS: 900, actions: [{ at: 30, type: 'failHost', host: hosts[2]! }] });
    return b.build();
  },
};
