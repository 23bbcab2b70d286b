import { expect } from 'vitest';
import { kvmLab } from '../builders/topologyBuilder';
import { ruleCases } from './ruleCases';

ruleCases('element-needs-parent', {
  violating: {
    'a VM dropped on the canvas': (lab) => { lab.add('vm', null, { name: 'stray' }); },
    'a hypervisor with no host': (lab) => { lab.add('hypervisor', null); },
  },
  satisfying: {
    'a VM on a hypervisor on a host': (lab) => { kvmLab(lab); },
    'a VM moved back onto a hypervisor': (lab) => {
      const { vm, hv } = kvmLab(lab);
      lab.nest(vm, null);
      lab.nest(vm, hv);
    },
  },
});

ruleCases('type1-on-hardware', {
  violating: {
    'ESXi installed on a host OS': (lab) => {
      const h = lab.host('h1');
      lab.hypervisor(lab.hostOs(h), 'esxi');
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toMatchObject({ type: 'nestNode', parentId: h }) };
    },
  },
  satisfying: {
    'ESXi directly on the host': (lab) => { lab.hypervisor(lab.host('h1'), 'esxi'); },
    'ESXi nested inside a VM (checked by the nested rules)': (lab) => {
      const vm = lab.vm(lab.hypervisor(lab.host('h1'), 'esxi'), 'lab-vm', { nestedVirtualization: true });
      lab.hypervisor(vm, 'esxi', { nested: true });
    },
  },
});

ruleCases('type2-needs-host-os', {
  violating: {
    'VirtualBox straight on the hardware (fix installs a host OS)': (lab) => {
      lab.hypervisor(lab.host('laptop'), 'virtualbox');
      return { check: (f) => expect(f[0]!.fixes[0]!.command.type).toBe('batch') };
    },
    'VMware Workstation beside an existing host OS (fix moves it onto it)': (lab) => {
      const h = lab.host('laptop');
      const os = lab.hostOs(h, { osName: 'Windows 11', kernel: 'windows' });
      lab.hypervisor(h, 'vmware-workstation');
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toMatchObject({ type: 'nestNode', parentId: os }) };
    },
    'the fix still names the right new id after other elements were added': (lab) => {
      lab.hypervisor(lab.host('laptop'), 'virtualbox');
      lab.vlan('extra', 30, '10.0.30.0/24');
      lab.physicalSwitch('sw', []);
      const f = lab.live.findings().find((x) => x.ruleId === 'type2-needs-host-os')!;
      const nest = (f.fixes[0]!.command as { commands: { type: string; parentId?: string }[] }).commands[1]!;
      expect(nest.parentId).toBe(`hostOs-${lab.design.topology.nextSeq}`);
    },
  },
  satisfying: {
    'VirtualBox on a host OS': (lab) => { lab.hypervisor(lab.hostOs(lab.host('laptop')), 'virtualbox'); },
  },
});

ruleCases('one-hypervisor-per-host', {
  violating: {
    'KVM and Xen on one host (fix removes the empty one)': (lab) => {
      const h = lab.host('h1');
      lab.vm(lab.hypervisor(h, 'kvm'), 'vm1');
      lab.hypervisor(h, 'xen');
    },
    'a Type-2 hypervisor on the host OS beside a bare-metal one': (lab) => {
      const h = lab.host('h1');
      lab.hypervisor(h, 'kvm');
      lab.hypervisor(lab.hostOs(h), 'virtualbox');
    },
  },
  satisfying: {
    'one hypervisor, and another nested in a VM': (lab) => {
      const vm = lab.vm(lab.hypervisor(lab.host('h1'), 'kvm'), 'nest', { nestedVirtualization: true });
      lab.hypervisor(vm, 'kvm', { nested: true });
    },
  },
});

ruleCases('bare-metal-excludes-host-os', {
  violating: {
    'ESXi with a Windows host OS beside it': (lab) => {
      const h = lab.host('h1');
      lab.hypervisor(h, 'esxi');
      lab.hostOs(h, { kernel: 'windows' });
    },
  },
  satisfying: {
    'ESXi alone on the host': (lab) => { lab.hypervisor(lab.host('h1'), 'esxi'); },
    'a host OS with a Type-2 hypervisor': (lab) => { lab.hypervisor(lab.hostOs(lab.host('h1')), 'virtualbox'); },
  },
});

ruleCases('hypervisor-needs-hw-assist', {
  violating: {
    'KVM on a CPU without VT-x': (lab) => { lab.hypervisor(lab.host('old', { cpuModel: 'atom-legacy', cpuFeatures: [] }), 'kvm'); },
    'the host CPU loses its features after the fact': (lab) => {
      const h = lab.host('h1');
      lab.hypervisor(h, 'hyper-v');
      lab.set(h, { cpuFeatures: ['aes-ni'] });
    },
  },
  satisfying: {
    'Xen para-virtualization on an old CPU': (lab) => { lab.xen(lab.host('old', { cpuFeatures: [] })); },
    'KVM on a VT-x CPU': (lab) => { lab.hypervisor(lab.host('h1'), 'kvm'); },
  },
});

ruleCases('nested-hypervisor-declared', {
  violating: {
    'KVM inside a VM nobody marked as nested': (lab) => {
      const vm = lab.vm(lab.hypervisor(lab.host('h1'), 'esxi'), 'lab');
      lab.hypervisor(vm, 'kvm');
    },
    'the VM stops exposing virtualization': (lab) => {
      const vm = lab.vm(lab.hypervisor(lab.host('h1'), 'esxi'), 'lab', { nestedVirtualization: true });
      lab.hypervisor(vm, 'kvm', { nested: true });
      lab.set(vm, { nestedVirtualization: false });
    },
  },
  satisfying: {
    'declared on both layers': (lab) => {
      const vm = lab.vm(lab.hypervisor(lab.host('h1'), 'esxi'), 'lab', { nestedVirtualization: true });
      lab.hypervisor(vm, 'kvm', { nested: true });
    },
  },
});

ruleCases('nested-needs-cpu-feature', {
  violating: {
    'nested KVM on a desktop CPU without the nested feature': (lab) => {
      const vm = lab.vm(lab.hypervisor(lab.host('pc', { cpuModel: 'core-i7-12700', cpuFeatures: ['vt-x', 'ept'] }), 'kvm'), 'lab', { nestedVirtualization: true });
      lab.hypervisor(vm, 'kvm', { nested: true });
    },
    'two levels down, the physical host still decides': (lab) => {
      const h = lab.host('h1');
      const vm = lab.vm(lab.hypervisor(h, 'kvm'), 'l1', { nestedVirtualization: true });
      const inner = lab.vm(lab.hypervisor(vm, 'kvm', { nested: true }), 'l2', { nestedVirtualization: true });
      lab.hypervisor(inner, 'kvm', { nested: true });
      lab.set(h, { cpuFeatures: ['vt-x'] });
      return { check: (f) => expect(f.length).toBe(2) };
    },
  },
  satisfying: {
    'a Xeon with nesting support': (lab) => {
      const vm = lab.vm(lab.hypervisor(lab.host('h1'), 'kvm'), 'lab', { nestedVirtualization: true });
      lab.hypervisor(vm, 'kvm', { nested: true });
    },
  },
});
