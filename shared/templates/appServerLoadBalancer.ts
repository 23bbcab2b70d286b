import { hypervisorFamilyProps, type NodeId } from '../model';
import { TemplateBuilder } from './builder';
import { GUESTS, load } from './guests';
import type { Template } from './types';

/** Application server virtualization: one virtual IP in front of a pool of identical servers. */
export const appServerLoadBalancer: Template = {
  id: 'app-server-load-balancer',
  title: 'Application server virtualization',
  description: 'A load balancer publishes one virtual IP (VIP) and spreads requests over three application-server VMs on two KVM hosts, so clients see a single server.',
  build() {
    const b = new TemplateBuilder();
    const hosts: NodeId[] = [];
    const kvm: NodeId[] = [];
    for (const n of [1, 2]) {
      const host = b.add('host', { name: `app-host-0${n}`, ramGiB: 256 }, { at: { x: (n - 1) * 480, y: 0 } });
      hosts.push(host);
      kvm.push(b.add('hypervisor', { name: `KVM (app-host-0${n})`, version: 'QEMU 8.2', ...hypervisorFamilyProps('kvm') }, { parent: host, columns: 2 }));
    }
    const apps = [1, 2, 3].map((n) => b.add('vm', {
      name: `app-0${n}`, vcpus: 4, ramMiB: 8192, guestOs: GUESTS.ubuntu, workload: load(45, 50, 1024),
    }, { parent: kvm[(n - 1) % 2]! }));
    const lb = b.add('loadBalancer', { name: 'web-lb', vip: '10.0.60.10', port: 443, algorithm: 'least-connections' }, { at: { x: 1000, y: 0 } });
    const vip = b.add('vlan', { name: 'VIP network', vlanId: 60, subnet: '10.0.60.0/24', gateway: '10.0.60.1', networkType: 'vip', purpose: 'vm' }, { at: { x: 1000, y: 120 } });
    const appNet = b.add('vlan', { name: 'VLAN 10 app servers', vlanId: 10, subnet: '10.0.10.0/24', gateway: '10.0.10.1', purpose: 'vm' }, { at: { x: 1000, y: 220 } });
    const sw = b.add('physicalSwitch', { name: 'core-switch', ports: 48, speedMbps: 10000, trunkVlans: [10, 60] }, { at: { x: 1000, y: 340 } });
    const nfs = b.add('storagePool', { name: 'app-datastore (NFS)', poolType: 'nas-nfs', capacityGiB: 4096, shared: true, thinRatio: 1.5, method: 'array' }, { at: { x: 1000, y: 460 } });

    for (const host of hosts) {
      b.connect(host, sw, { mode: 'trunk', vlans: [10, 60] });
      b.connect(host, nfs, { protocol: 'nfs' });
    }
    b.connect(lb, vip, { ip: '10.0.60.10', mac: '02:00:0a:00:3c:0a' });
    b.connect(lb, appNet, { ip: '10.0.10.5', mac: '02:00:0a:00:0a:05' });
    apps.forEach((vm, i) => {
      b.connect(lb, vm);
      b.connect(vm, appNet, { ip: `10.0.10.${11 + i}`, mac: `52:54:00:00:0a:${11 + i}` });
      b.connect(vm, nfs, { sizeGiB: 60, writtenGiB: 18, provisioning: 'thin' });
    });
    return b.build();
  },
};
