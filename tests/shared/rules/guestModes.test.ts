import { expect } from 'vitest';
import { ruleCases } from './ruleCases';

const OLD_CPU = { cpuModel: 'atom-legacy', cpuFeatures: [] };

ruleCases('hvm-needs-hardware-assist', {
  violating: {
    'an HVM DomU on Xen on a CPU without VT-x (fix: run it PV)': (lab) => {
      lab.vm(lab.xen(lab.host('old', OLD_CPU)), 'web');
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toMatchObject({ props: { mode: 'pv' } }) };
    },
    'a PVH guest without VT-x': (lab) => { lab.vm(lab.xen(lab.host('old', OLD_CPU)), 'web', { mode: 'pvh' }); },
  },
  satisfying: {
    'HVM with VT-x': (lab) => { lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'web'); },
    'HVM by binary translation in VirtualBox': (lab) => { lab.vm(lab.hypervisor(lab.hostOs(lab.host('old', OLD_CPU)), 'virtualbox'), 'web'); },
    'PV on Xen without VT-x': (lab) => { lab.vm(lab.xen(lab.host('old', OLD_CPU)), 'web', { mode: 'pv' }); },
  },
});

ruleCases('binary-translation-fallback', {
  violating: {
    'QEMU TCG on a CPU without VT-x': (lab) => { lab.vm(lab.hypervisor(lab.hostOs(lab.host('old', OLD_CPU)), 'qemu-tcg'), 'web'); },
  },
  satisfying: {
    'VirtualBox with VT-x available': (lab) => { lab.vm(lab.hypervisor(lab.hostOs(lab.host('h')), 'virtualbox'), 'web'); },
  },
});

ruleCases('pv-needs-xen', {
  violating: {
    'a PV guest on KVM': (lab) => { lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'web', { mode: 'pv' }); },
    'a PVH guest moved from Xen to ESXi': (lab) => {
      const h = lab.host('h');
      const vm = lab.vm(lab.xen(h), 'web', { mode: 'pvh' });
      lab.nest(vm, lab.hypervisor(lab.host('h2'), 'esxi'));
    },
  },
  satisfying: {
    'a PV guest on Xen': (lab) => { lab.vm(lab.xen(lab.host('h')), 'web', { mode: 'pv' }); },
  },
});

ruleCases('pv-needs-pv-kernel', {
  violating: {
    'Windows as a PV guest': (lab) => { lab.vm(lab.xen(lab.host('h')), 'win', { mode: 'pv', guestOs: { osName: 'Windows Server 2022', kernel: 'windows', pvCapable: false } }); },
  },
  satisfying: {
    'Windows as HVM': (lab) => { lab.vm(lab.xen(lab.host('h')), 'win', { guestOs: { osName: 'Windows Server 2022', kernel: 'windows', pvCapable: false } }); },
    'Linux as PV': (lab) => { lab.vm(lab.xen(lab.host('h')), 'web', { mode: 'pv' }); },
  },
});

ruleCases('guest-mode-offered', {
  violating: {
    'Xen configured without para-virtualization, guest is PV': (lab) => { lab.vm(lab.xen(lab.host('h'), { modes: ['hw-assisted'] }), 'web', { mode: 'pv' }); },
    'a hypervisor offering no HVM mode': (lab) => { lab.vm(lab.xen(lab.host('h'), { modes: ['para'] }), 'web'); },
  },
  satisfying: {
    'HVM on KVM': (lab) => { lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'web'); },
    'PV on Xen (para offered)': (lab) => { lab.vm(lab.xen(lab.host('h')), 'web', { mode: 'pv' }); },
  },
});
