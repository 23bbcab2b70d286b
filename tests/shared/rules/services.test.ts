import { expect } from 'vitest';
import { kvmLab } from '../builders/topologyBuilder';
import { ruleCases } from './ruleCases';

ruleCases('management-server-manages-something', {
  violating: {
    'a vCenter connected to nothing': (lab) => { lab.managementServer('vc'); },
  },
  satisfying: {
    'a vCenter managing a cluster': (lab) => {
      const c = lab.cluster('c');
      lab.hypervisor(lab.host('h', {}, c), 'esxi');
      lab.manages(lab.managementServer('vc'), c);
    },
  },
});

ruleCases('management-product-matches-hypervisor', {
  violating: {
    'vCenter managing a KVM host': (lab) => { lab.manages(lab.managementServer('vc'), kvmLab(lab).host); },
    'Xen Orchestra managing a cluster whose host switched to ESXi': (lab) => {
      const c = lab.cluster('c');
      const hv = lab.xen(lab.host('h', {}, c));
      lab.manages(lab.managementServer('xo', { product: 'xen-orchestra' }), c);
      lab.set(hv, { family: 'esxi' });
    },
  },
  satisfying: {
    'virt-manager managing KVM': (lab) => { lab.manages(lab.managementServer('vm', { product: 'virt-manager' }), kvmLab(lab).hv); },
  },
});

ruleCases('load-balancer-has-members', {
  violating: {
    'a load balancer with no pool members': (lab) => { lab.loadBalancer('lb'); },
  },
  satisfying: {
    'fronting a web VM': (lab) => { lab.balances(lab.loadBalancer('lb'), kvmLab(lab).vm); },
  },
});

ruleCases('load-balancer-vip-network', {
  violating: {
    'VIP on no network (fix attaches the VIP network that contains it)': (lab) => {
      const vip = lab.vlan('vip-net', 100, '10.0.100.0/24', { networkType: 'vip' });
      lab.loadBalancer('lb', { vip: '10.0.100.10' });
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toMatchObject({ type: 'connect', target: vip, props: { ip: '10.0.100.10' } }) };
    },
    'attached to an ordinary VLAN': (lab) => {
      const { vlan } = kvmLab(lab);
      lab.attach(lab.loadBalancer('lb', { vip: '10.0.10.100' }), vlan, '10.0.10.100');
    },
  },
  satisfying: {
    'on its VIP network': (lab) => {
      const vip = lab.vlan('vip-net', 100, '10.0.100.0/24', { networkType: 'vip' });
      lab.attach(lab.loadBalancer('lb', { vip: '10.0.100.10' }), vip, '10.0.100.10');
    },
  },
});

ruleCases('desktop-pool-has-desktops', {
  violating: {
    'an empty VDI pool': (lab) => { lab.desktopPool(lab.cluster('vdi'), 'office'); },
  },
  satisfying: {
    'a pool with a desktop VM': (lab) => {
      const c = lab.cluster('vdi');
      const p = lab.desktopPool(c, 'office');
      lab.member(lab.vm(lab.hypervisor(lab.host('h', {}, c), 'esxi'), 'desk-1'), p);
    },
  },
});

ruleCases('desktop-pool-members-in-cluster', {
  violating: {
    'a desktop VM on a host outside the pool’s cluster': (lab) => {
      const p = lab.desktopPool(lab.cluster('vdi'), 'office');
      lab.member(kvmLab(lab).vm, p);
    },
    'its host leaves the cluster': (lab) => {
      const c = lab.cluster('vdi');
      const p = lab.desktopPool(c, 'office');
      const h = lab.host('h', {}, c);
      lab.member(lab.vm(lab.hypervisor(h, 'esxi'), 'desk-1'), p);
      lab.nest(h, null);
    },
  },
  satisfying: {
    'desktops on the pool’s cluster': (lab) => {
      const c = lab.cluster('vdi');
      const p = lab.desktopPool(c, 'office');
      lab.member(lab.vm(lab.hypervisor(lab.host('h', {}, c), 'esxi'), 'desk-1'), p);
    },
  },
});
