import type { Design, NodeId } from '../../../shared/model';
import { kvmLab, TopologyBuilder } from '../builders/topologyBuilder';

/** A lab touching every kind and relation, so random edits reach every rule. */
export function richLab(): Design {
  const { lab, sw, vlan, pool, hv } = kvmLab(new TopologyBuilder());
  const c = lab.cluster('prod');
  const h2 = lab.host('h2', { ramGiB: 32 }, c);
  const h3 = lab.host('h3', { cpuModel: 'xeon-e5-2680v4', cpuFeatures: ['vt-x', 'ept', 'vt-d', 'nested', 'aes-ni', 'avx2'] }, c);
  const kvm2 = lab.hypervisor(h2, 'kvm');
  const xen = lab.xen(h3);
  const sw2 = lab.physicalSwitch('tor-2', [10, 20]);
  lab.uplink(sw, sw2, [10]);
  lab.uplink(h2, sw2, [10, 20]);
  lab.uplink(lab.vswitch(c, { switchKind: 'distributed' }), sw2, [20]);
  lab.vswitch(kvm2);
  const db = lab.vlan('db', 20, '10.0.20.0/24', { mtu: 9000 });
  const vip = lab.vlan('vip', 100, '10.0.100.0/24', { networkType: 'vip' });
  const san = lab.pool('san', { poolType: 'san-iscsi', capacityGiB: 200 });
  lab.storagePath(h2, san, 'iscsi');
  lab.storagePath(h3, pool, 'nfs');
  for (let i = 0; i < 4; i++) {
    const vm = lab.vm(i % 2 ? kvm2 : xen, `app-${i}`, { ramMiB: 8192, mode: i === 3 ? 'pv' : 'hvm' });
    lab.attach(vm, i % 2 ? db : vlan, `10.0.${i % 2 ? 20 : 10}.${20 + i}`);
    lab.disk(vm, i % 2 ? san : pool, { sizeGiB: 80, writtenGiB: 30 });
  }
  lab.container(lab.hostOs(lab.host('dev'), { kernel: 'windows' }), 'nginx');
  lab.container(lab.vm(hv, 'docker'), 'redis');
  // An old CPU without VT-x running Xen PV guests, and a nested hypervisor: small edits flip many rules.
  const old = lab.host('old', { cpuModel: 'atom-legacy', cpuFeatures: [] });
  const oldXen = lab.xen(old);
  lab.vm(oldXen, 'pv-guest', { mode: 'pv' });
  const outer = lab.vm(kvm2, 'lab-vm', { nestedVirtualization: true, ramMiB: 4096 });
  lab.vm(lab.hypervisor(outer, 'kvm', { nested: true }), 'inner');
  lab.vswitch(xen, { switchKind: 'linux-bridge' });
  lab.pool('bucket', { poolType: 'object-s3' });
  const lb = lab.loadBalancer('lb', { vip: '10.0.100.10' });
  lab.attach(lb, vip, '10.0.100.10');
  lab.balances(lb, 'vm-5' as NodeId);
  lab.manages(lab.managementServer('vc'), c);
  lab.desktopPool(c, 'office');
  return lab.design;
}

