import { expect } from 'vitest';
import type { NodeId } from '../../../shared/model';
import { kvmLab, type TopologyBuilder } from '../builders/topologyBuilder';
import { ruleCases } from './ruleCases';

ruleCases('container-kernel-match', {
  violating: {
    'a Linux container on a Windows host OS': (lab) => { lab.container(lab.hostOs(lab.host('pc'), { osName: 'Windows 11', kernel: 'windows' }), 'nginx'); },
    'a Windows container inside a Linux VM': (lab) => { lab.container(kvmLab(lab).vm, 'iis', { kernel: 'windows', image: 'mcr.microsoft.com/windows/servercore/iis' }); },
  },
  satisfying: {
    'a Linux container on a Linux host OS': (lab) => { lab.container(lab.hostOs(lab.host('h')), 'nginx'); },
    'a Linux container in a Linux VM on a Windows laptop': (lab) => {
      const os = lab.hostOs(lab.host('pc'), { kernel: 'windows' });
      lab.container(lab.vm(lab.hypervisor(os, 'virtualbox'), 'docker-vm'), 'nginx');
    },
  },
});

/** A cluster of `n` hosts (64 GiB) with `vmsPerHost` VMs of 8 GiB each. */
function haCluster(lab: TopologyBuilder, n: number, vmsPerHost: number, ha: Record<string, unknown> = {}) {
  const c = lab.cluster('prod', { ha: { enabled: true, admission: 'host-failures', hostFailuresToTolerate: 1, percentReserved: 25, ...ha } });
  const hosts: NodeId[] = [];
  const vms: NodeId[] = [];
  for (let i = 0; i < n; i++) {
    const h = lab.host(`h${i}`, { ramGiB: 64 }, c);
    hosts.push(h);
    const hv = lab.hypervisor(h, 'kvm');
    for (let j = 0; j < vmsPerHost; j++) vms.push(lab.vm(hv, `vm-${i}-${j}`, { ramMiB: 8192, vcpus: 2 }));
  }
  return { c, hosts, vms };
}

ruleCases('cluster-ha-admission', {
  violating: {
    'three full hosts cannot absorb one failure': (lab) => {
      haCluster(lab, 3, 8);
      return { check: (f) => expect(f[0]!.assumptions!.join(' ')).toMatch(/tolerates 1 host failure/) };
    },
    'percentage policy with 50 % reserved': (lab) => { haCluster(lab, 3, 6, { admission: 'percentage', percentReserved: 50 }); },
  },
  satisfying: {
    'room for one host’s VMs': (lab) => { haCluster(lab, 3, 4); },
    'admission control off': (lab) => { haCluster(lab, 3, 8, { admission: 'none' }); },
  },
});

ruleCases('cluster-ha-needs-two-hosts', {
  violating: {
    'HA on with one host': (lab) => { haCluster(lab, 1, 0); },
    'HA on, the second host powered off': (lab) => {
      const { hosts } = haCluster(lab, 2, 0);
      lab.set(hosts[1]!, { powerState: 'off' });
    },
  },
  satisfying: {
    'two running hosts': (lab) => { haCluster(lab, 2, 0); },
  },
});

ruleCases('cluster-cpu-vendor-mix', {
  violating: {
    'Intel and AMD in one cluster': (lab) => {
      const c = lab.cluster('mixed');
      lab.host('intel', {}, c);
      lab.host('amd', { cpuModel: 'epyc-7543', cpuVendor: 'amd', cpuFeatures: ['amd-v', 'npt', 'nested'] }, c);
    },
  },
  satisfying: {
    'all Intel': (lab) => { haCluster(lab, 2, 0); },
  },
});

const BROADWELL = { cpuModel: 'xeon-e5-2680v4', cpuFeatures: ['vt-x', 'ept', 'vt-d', 'nested', 'aes-ni', 'avx2'] };

ruleCases('cluster-evc-baseline', {
  violating: {
    'two Intel generations without a baseline (fix sets the older one)': (lab) => {
      const c = lab.cluster('c');
      lab.host('new', {}, c);
      lab.host('old', BROADWELL, c);
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toMatchObject({ props: { evcBaseline: 'xeon-e5-2680v4' } }) };
    },
    'a baseline one host cannot present': (lab) => {
      const c = lab.cluster('c', { evcBaseline: 'xeon-gold-6338' });
      lab.host('new', {}, c);
      lab.host('old', BROADWELL, c);
      return { check: (f) => expect(f[0]!.severity).toBe('error') };
    },
  },
  satisfying: {
    'identical hosts': (lab) => { haCluster(lab, 2, 0); },
    'mixed generations with the older baseline': (lab) => {
      const c = lab.cluster('c', { evcBaseline: 'xeon-e5-2680v4' });
      lab.host('new', {}, c);
      lab.host('old', BROADWELL, c);
    },
  },
});

ruleCases('cluster-mixed-hypervisors', {
  violating: {
    'ESXi and KVM hosts in one cluster': (lab) => {
      const c = lab.cluster('c');
      lab.hypervisor(lab.host('a', {}, c), 'esxi');
      lab.hypervisor(lab.host('b', {}, c), 'kvm');
    },
  },
  satisfying: {
    'all KVM': (lab) => { haCluster(lab, 2, 1); },
  },
});

ruleCases('ha-needs-shared-storage', {
  violating: {
    'a VM disk on one host’s local pool': (lab) => {
      const { hosts, vms } = haCluster(lab, 2, 1);
      const local = lab.pool('local-0', { poolType: 'local' }, hosts[0]!);
      lab.disk(vms[0]!, local);
    },
  },
  satisfying: {
    'disks on a pool every host reaches': (lab) => {
      const { hosts, vms } = haCluster(lab, 2, 1);
      const nfs = lab.pool('nfs');
      for (const h of hosts) lab.storagePath(h, nfs);
      lab.disk(vms[0]!, nfs);
    },
  },
});
