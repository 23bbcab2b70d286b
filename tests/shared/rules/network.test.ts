import { expect } from 'vitest';
import { kvmLab } from '../builders/topologyBuilder';
import { ruleCases } from './ruleCases';

ruleCases('vlan-id-range', {
  violating: {
    'VLAN 4095': (lab) => { lab.vlan('bad', 4095, '10.9.0.0/24'); },
    'a port group on VLAN 0': (lab) => { lab.vswitch(lab.hypervisor(lab.host('h'), 'kvm'), { portGroups: [{ name: 'untagged', vlanId: 0, mode: 'access' }] }); },
    'a switch trunking 4095 (reserved)': (lab) => { lab.physicalSwitch('sw', [10, 4095]); },
    'an uplink tagged 0': (lab) => { lab.uplink(lab.host('h'), lab.physicalSwitch('sw', [10]), [0, 10]); },
  },
  satisfying: {
    'VLANs 1 and 4094': (lab) => {
      lab.vlan('low', 1, '10.1.0.0/24');
      lab.vlan('high', 4094, '10.2.0.0/24');
      lab.uplink(lab.host('h'), lab.physicalSwitch('sw', [1, 4094]), [1, 4094]);
    },
  },
});

ruleCases('vlan-id-unique', {
  violating: {
    'two unwired VLANs with id 10': (lab) => {
      lab.vlan('prod', 10, '10.0.10.0/24');
      lab.vlan('test', 10, '10.1.10.0/24');
    },
    'same id used on two hosts wired to linked switches': (lab) => {
      const { sw } = kvmLab(lab);
      const sw2 = lab.physicalSwitch('tor-2', [10]);
      lab.uplink(sw, sw2, [10]);
      const h2 = lab.host('h2');
      lab.uplink(h2, sw2, [10]);
      lab.attach(lab.vm(lab.hypervisor(h2, 'kvm'), 'db'), lab.vlan('dup', 10, '10.5.10.0/24'));
    },
  },
  satisfying: {
    'same id in two separate switch domains': (lab) => {
      kvmLab(lab);
      const h2 = lab.host('h2');
      lab.uplink(h2, lab.physicalSwitch('site-b', [10]), [10]);
      lab.attach(lab.vm(lab.hypervisor(h2, 'kvm'), 'db'), lab.vlan('site-b-prod', 10, '10.5.10.0/24'));
    },
    'renumbered by the quick-fix': (lab) => {
      lab.vlan('prod', 10, '10.0.10.0/24');
      lab.vlan('test', 10, '10.1.10.0/24');
      lab.apply(lab.findings('vlan-id-unique')[0]!.fixes[0]!.command);
    },
  },
});

ruleCases('vlan-subnet-valid', {
  violating: {
    'host bits set (fix uses the network address)': (lab) => {
      const v = lab.vlan('prod', 10, '10.0.10.5/24');
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toMatchObject({ id: v, props: { subnet: '10.0.10.0/24' } }) };
    },
    'not CIDR at all': (lab) => { lab.vlan('prod', 10, '10.0.10.0/24', { subnet: '10.0.10.0 255.255.255.0' }); },
  },
  satisfying: {
    'a proper /24': (lab) => { lab.vlan('prod', 10, '10.0.10.0/24'); },
  },
});

ruleCases('gateway-in-subnet', {
  violating: {
    'gateway in another subnet': (lab) => { lab.vlan('prod', 10, '10.0.10.0/24', { gateway: '10.0.11.1' }); },
    'gateway on the broadcast address': (lab) => { lab.vlan('prod', 10, '10.0.10.0/24', { gateway: '10.0.10.255' }); },
  },
  satisfying: {
    '.1 of its subnet': (lab) => { lab.vlan('prod', 10, '10.0.10.0/24'); },
  },
});

ruleCases('vnic-vlan-on-host-uplink', {
  violating: {
    'VLAN 20 not on the trunk (fix: carry it)': (lab) => {
      const { vm, uplink } = kvmLab(lab);
      lab.attach(vm, lab.vlan('db', 20, '10.0.20.0/24'), '10.0.20.5');
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toEqual({ type: 'setProps', id: uplink, props: { vlans: [10, 20] } }) };
    },
    'an access uplink in another VLAN': (lab) => {
      const { uplink } = kvmLab(lab);
      lab.set(uplink, { mode: 'access', vlans: [30] });
    },
    'the VM moves to a host whose trunk lacks its VLAN': (lab) => {
      const { vm, sw } = kvmLab(lab);
      const h2 = lab.host('h2');
      lab.uplink(h2, sw, [99]);
      lab.nest(vm, lab.hypervisor(h2, 'kvm'));
    },
  },
  satisfying: {
    'VLAN on the trunk': (lab) => { kvmLab(lab); },
    'carried by a distributed switch uplink of the cluster': (lab) => {
      const c = lab.cluster('c');
      const h = lab.host('h', {}, c);
      const sw = lab.physicalSwitch('sw', [10]);
      lab.uplink(h, sw, [99]);
      lab.uplink(lab.vswitch(c, { switchKind: 'distributed' }), sw, [10]);
      lab.attach(lab.vm(lab.hypervisor(h, 'kvm'), 'web'), lab.vlan('prod', 10, '10.0.10.0/24'));
    },
  },
});

ruleCases('uplink-vlan-on-switch-trunk', {
  violating: {
    'the host tags VLAN 20, the switch port does not allow it': (lab) => {
      const { uplink } = kvmLab(lab);
      lab.set(uplink, { vlans: [10, 20] });
    },
  },
  satisfying: {
    'both ends agree': (lab) => { kvmLab(lab); },
  },
});

ruleCases('host-without-uplink', {
  violating: {
    'a second host with a networked VM and no cable': (lab) => {
      const { vlan } = kvmLab(lab);
      lab.attach(lab.vm(lab.hypervisor(lab.host('lonely'), 'kvm'), 'db'), vlan);
    },
  },
  satisfying: {
    'no physical switch drawn yet': (lab) => { lab.attach(lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'db'), lab.vlan('v', 10, '10.0.10.0/24')); },
    'wired': (lab) => { kvmLab(lab); },
  },
});

ruleCases('vswitch-port-group-missing', {
  violating: {
    'a vSwitch with only VLAN 10, VM on VLAN 20': (lab) => {
      const { vm, hv, uplink } = kvmLab(lab);
      lab.vswitch(hv);
      lab.set(uplink, { vlans: [10, 20] });
      lab.attach(vm, lab.vlan('db', 20, '10.0.20.0/24'));
    },
  },
  satisfying: {
    'no virtual switch drawn': (lab) => { kvmLab(lab); },
    'a port group for the VLAN': (lab) => { lab.vswitch(kvmLab(lab).hv); },
  },
});

ruleCases('ip-in-subnet', {
  violating: {
    'an address in the wrong subnet': (lab) => { lab.set(kvmLab(lab).nic, { ip: '192.168.1.5' }); },
    'the broadcast address': (lab) => { lab.set(kvmLab(lab).nic, { ip: '10.0.10.255' }); },
    'not an address': (lab) => { lab.set(kvmLab(lab).nic, { ip: '10.0.10' }); },
    'the VLAN renumbered to another subnet': (lab) => { lab.set(kvmLab(lab).vlan, { subnet: '10.0.99.0/24' }); },
  },
  satisfying: {
    'inside the subnet': (lab) => { kvmLab(lab); },
    'no IP yet (DHCP)': (lab) => { lab.set(kvmLab(lab).nic, { ip: '' }); },
  },
});

ruleCases('ip-unique', {
  violating: {
    'two VMs with 10.0.10.11': (lab) => {
      const { hv, vlan } = kvmLab(lab);
      lab.attach(lab.vm(hv, 'web-2'), vlan, '10.0.10.11');
    },
  },
  satisfying: {
    'distinct addresses': (lab) => {
      const { hv, vlan } = kvmLab(lab);
      lab.attach(lab.vm(hv, 'web-2'), vlan, '10.0.10.12');
    },
    'a duplicate fixed by changing one': (lab) => {
      const { hv, vlan } = kvmLab(lab);
      const e = lab.attach(lab.vm(hv, 'web-2'), vlan, '10.0.10.11');
      lab.set(e, { ip: '10.0.10.13' });
    },
  },
});

ruleCases('mtu-consistent', {
  violating: {
    'a jumbo storage VLAN over a 1500 path (fix raises every hop)': (lab) => {
      const { uplink, sw } = kvmLab(lab);
      lab.vlan('storage', 30, '10.0.30.0/24', { mtu: 9000, purpose: 'storage' });
      lab.set(sw, { trunkVlans: [10, 30] });
      lab.set(uplink, { vlans: [10, 30] });
    },
    'link ends disagree': (lab) => { lab.set(kvmLab(lab).sw, { mtu: 9000 }); },
  },
  satisfying: {
    '1500 everywhere': (lab) => { kvmLab(lab); },
  },
});

ruleCases('vswitch-scope', {
  violating: {
    'a distributed switch inside one hypervisor': (lab) => {
      const c = lab.cluster('c');
      lab.vswitch(lab.hypervisor(lab.host('h', {}, c), 'esxi'), { switchKind: 'distributed' });
    },
    'a standard switch on a cluster': (lab) => { lab.vswitch(lab.cluster('c')); },
  },
  satisfying: {
    'standard on a hypervisor, distributed on a cluster': (lab) => {
      const c = lab.cluster('c');
      lab.vswitch(lab.hypervisor(lab.host('h', {}, c), 'esxi'));
      lab.vswitch(c, { switchKind: 'distributed' });
    },
  },
});

ruleCases('vswitch-kind-matches-hypervisor', {
  violating: {
    'a Linux bridge in ESXi': (lab) => { lab.vswitch(lab.hypervisor(lab.host('h'), 'esxi'), { switchKind: 'linux-bridge' }); },
  },
  satisfying: {
    'Open vSwitch in KVM': (lab) => { lab.vswitch(lab.hypervisor(lab.host('h'), 'kvm'), { switchKind: 'ovs' }); },
  },
});
