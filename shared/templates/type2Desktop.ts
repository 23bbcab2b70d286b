import { hypervisorFamilyProps } from '../model';
import { TemplateBuilder } from './builder';
import { GUESTS, load } from './guests';
import type { Template } from './types';

/** Hosted (Type-2) virtualization: the hypervisor is an application on a desktop operating system. */
export const type2Desktop: Template = {
  id: 'type2-desktop-lab',
  title: 'Type-2 desktop lab',
  description: 'A workstation whose host OS (Windows 11) runs VirtualBox as an application, with two guest VMs on the local SSD: hosted virtualization, as in a student lab.',
  build() {
    const b = new TemplateBuilder();
    const pc = b.add('host', {
      name: 'workstation', cpuModel: 'core-i7-12700', cpuVendor: 'intel', cpuFeatures: ['vt-x', 'ept', 'vt-d', 'aes-ni', 'avx2'], mipsPerCore: 2100,
      sockets: 1, coresPerSocket: 12, threadsPerCore: 2, ramGiB: 32, localDisks: [{ sizeGiB: 1024, media: 'nvme' }], nics: [{ speedMbps: 1000, count: 1, mtu: 1500 }],
      power: { type: 'linear', idleW: 35, maxW: 180 }, rack: '',
    }, { at: { x: 0, y: 0 }, columns: 1 });
    const os = b.add('hostOs', { name: 'Windows 11 Pro', osName: 'Windows', version: '11 23H2', kernel: 'windows' }, { parent: pc, columns: 1 });
    const vbox = b.add('hypervisor', { name: 'VirtualBox 7', version: '7.1', ...hypervisorFamilyProps('virtualbox') }, { parent: os, columns: 2 });
    const dev = b.add('vm', { name: 'ubuntu-dev', vcpus: 4, ramMiB: 8192, guestOs: GUESTS.ubuntu, haPriority: 'disabled', workload: load(30, 25, 512) }, { parent: vbox });
    const test = b.add('vm', { name: 'win11-test', vcpus: 2, ramMiB: 4096, guestOs: GUESTS.windows11, haPriority: 'disabled', state: 'suspended', workload: load(15, 10, 256) }, { parent: vbox });
    const ssd = b.add('storagePool', { name: 'Local NVMe', poolType: 'local', capacityGiB: 1024, shared: false, thinRatio: 1.5, method: 'host' }, { parent: pc });
    b.connect(dev, ssd, { sizeGiB: 80, writtenGiB: 30, provisioning: 'thin' });
    b.connect(test, ssd, { sizeGiB: 64, writtenGiB: 22, provisioning: 'thin' });
    return b.build();
  },
};
