import { expect } from 'vitest';
import { ruleCases } from './ruleCases';

ruleCases('xen-requires-dom0', {
  violating: {
    'a Xen hypervisor without Dom0 (fix adds one)': (lab) => {
      const hv = lab.hypervisor(lab.host('h'), 'xen');
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toMatchObject({ type: 'addNode', kind: 'dom0', parentId: hv }) };
    },
    'its Dom0 removed': (lab) => {
      const hv = lab.hypervisor(lab.host('h'), 'xen');
      lab.remove(lab.dom0(hv));
    },
  },
  satisfying: {
    'Xen with Dom0': (lab) => { lab.xen(lab.host('h')); },
    'KVM needs none': (lab) => { lab.hypervisor(lab.host('h'), 'kvm'); },
  },
});

ruleCases('single-dom0-per-xen', {
  violating: {
    'two Dom0s': (lab) => { lab.dom0(lab.xen(lab.host('h'))); },
  },
  satisfying: {
    'one Dom0': (lab) => { lab.xen(lab.host('h')); },
  },
});

ruleCases('dom0-only-on-xen', {
  violating: {
    'a Dom0 on KVM': (lab) => { lab.dom0(lab.hypervisor(lab.host('h'), 'kvm')); },
    'a Xen hypervisor retyped as KVM': (lab) => {
      const hv = lab.xen(lab.host('h'));
      lab.set(hv, { family: 'kvm' });
    },
  },
  satisfying: {
    'a Dom0 on Xen': (lab) => { lab.xen(lab.host('h')); },
  },
});

ruleCases('domu-requires-dom0', {
  violating: {
    'a DomU on Xen without Dom0': (lab) => { lab.vm(lab.hypervisor(lab.host('h'), 'xen'), 'web'); },
    'Dom0 removed under running DomUs': (lab) => {
      const hv = lab.hypervisor(lab.host('h'), 'xen');
      const d = lab.dom0(hv);
      lab.vm(hv, 'a');
      lab.vm(hv, 'b');
      lab.remove(d);
      return { check: (f) => expect(f).toHaveLength(2) };
    },
  },
  satisfying: {
    'a DomU beside its Dom0': (lab) => { lab.vm(lab.xen(lab.host('h')), 'web'); },
  },
});

ruleCases('dom0-backend-drivers', {
  violating: {
    'DomUs with NICs and disks, Dom0 without backends': (lab) => {
      const hv = lab.hypervisor(lab.host('h'), 'xen');
      lab.dom0(hv, { backendDrivers: [] });
      const vm = lab.vm(hv, 'web', { mode: 'pv' });
      lab.attach(vm, lab.vlan('v', 10, '10.0.10.0/24'));
      lab.disk(vm, lab.pool('p'));
      return { check: (f) => expect(f[0]!.message).toMatch(/netback and blkback/) };
    },
  },
  satisfying: {
    'the default Dom0 has netback and blkback': (lab) => {
      const vm = lab.vm(lab.xen(lab.host('h')), 'web');
      lab.attach(vm, lab.vlan('v', 10, '10.0.10.0/24'));
    },
    'a DomU with nothing attached needs no backend': (lab) => {
      const hv = lab.hypervisor(lab.host('h'), 'xen');
      lab.dom0(hv, { backendDrivers: [] });
      lab.vm(hv, 'web');
    },
  },
});

ruleCases('dom0-device-model-for-hvm', {
  violating: {
    'HVM DomU with QEMU disabled in Dom0': (lab) => {
      const hv = lab.hypervisor(lab.host('h'), 'xen');
      lab.dom0(hv, { qemuDeviceModel: false });
      lab.vm(hv, 'win');
    },
  },
  satisfying: {
    'only PV DomUs': (lab) => {
      const hv = lab.hypervisor(lab.host('h'), 'xen');
      lab.dom0(hv, { qemuDeviceModel: false });
      lab.vm(hv, 'web', { mode: 'pv' });
    },
  },
});
