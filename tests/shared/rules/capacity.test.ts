import { expect } from 'vitest';
import type { NodeId } from '../../../shared/model';
import type { TopologyBuilder } from '../builders/topologyBuilder';
import { ruleCases } from './ruleCases';

/** A 16 GiB KVM host in a cluster with a roomy peer, holding `vms` VMs of 4 GiB. */
function smallCluster(lab: TopologyBuilder, vms: number) {
  const c = lab.cluster('prod', { ha: { enabled: false, admission: 'none', hostFailuresToTolerate: 1, percentReserved: 25 } });
  const small = lab.host('small', { ramGiB: 16 }, c);
  const hv = lab.hypervisor(small, 'kvm');
  const big = lab.host('big', { ramGiB: 256 }, c);
  const peer = lab.hypervisor(big, 'kvm');
  const ids: NodeId[] = [];
  for (let i = 0; i < vms; i++) ids.push(lab.vm(hv, `vm-${i}`, { ramMiB: 4096 }));
  return { c, small, hv, big, peer, ids };
}

ruleCases('host-ram-capacity', {
  violating: {
    'five 4 GiB VMs on a 16 GiB host (fix moves one to the roomy peer)': (lab) => {
      const { peer, big } = smallCluster(lab, 5);
      return {
        check: (f) => {
          expect(f[0]!.fixes[0]!.command).toMatchObject({ type: 'nestNode', parentId: peer });
          expect(f[0]!.fixes[0]!.label).toContain('"big"');
          expect(f[0]!.assumptions!.join(' ')).toMatch(/overcommit 120 %.*KVM/);
          expect(f[0]!.assumptions!.join(' ')).toMatch(/overhead: 2048 MiB/);
          expect(big).toBeDefined();
        },
      };
    },
    'Dom0’s reservation tips a Xen host over': (lab) => {
      const hv = lab.hypervisor(lab.host('x', { ramGiB: 8 }), 'xen');
      lab.dom0(hv, { ramMiB: 4096 });
      lab.vm(hv, 'a', { ramMiB: 4096 });
      return { check: (f) => expect(f[0]!.assumptions!.join(' ')).toMatch(/Dom0's reservation \(4096 MiB\)/) };
    },
    'the peer fills up, so the fix goes away (live validator refreshes it)': (lab) => {
      const { big, peer } = smallCluster(lab, 5);
      lab.set(big, { ramGiB: 8 });
      lab.vm(peer, 'hog', { ramMiB: 4096 });
      return { check: (f) => expect(f[0]!.fixes).toEqual([]) };
    },
  },
  satisfying: {
    'three 4 GiB VMs on a 16 GiB host': (lab) => { smallCluster(lab, 3); },
    'stopped VMs hold no RAM': (lab) => {
      const { ids } = smallCluster(lab, 5);
      lab.set(ids[4]!, { state: 'stopped' });
      lab.set(ids[3]!, { state: 'suspended' });
    },
    'after moving one VM away': (lab) => {
      const { ids, peer } = smallCluster(lab, 5);
      lab.nest(ids[0]!, peer);
    },
  },
});

ruleCases('host-ram-headroom', {
  violating: {
    'a host within 10 % of full': (lab) => { smallCluster(lab, 4); },
  },
  satisfying: {
    'plenty free': (lab) => { smallCluster(lab, 2); },
    'headroom setting lowered to 0': (lab) => {
      smallCluster(lab, 4);
      lab.settings({ ramHeadroomPercent: 0 });
    },
  },
});

ruleCases('host-vcpu-capacity', {
  violating: {
    'more vCPUs than 2 threads × ratio 4 allow': (lab) => {
      const hv = lab.hypervisor(lab.host('tiny', { sockets: 1, coresPerSocket: 2, threadsPerCore: 1 }), 'kvm');
      for (let i = 0; i < 5; i++) lab.vm(hv, `v${i}`, { vcpus: 2, ramMiB: 512 });
      return { check: (f) => expect(f[0]!.assumptions!.join(' ')).toMatch(/2 hardware threads.*4:1/) };
    },
  },
  satisfying: {
    'within the ratio': (lab) => {
      const hv = lab.hypervisor(lab.host('tiny', { sockets: 1, coresPerSocket: 2, threadsPerCore: 1 }), 'kvm');
      for (let i = 0; i < 3; i++) lab.vm(hv, `v${i}`, { vcpus: 2, ramMiB: 512 });
    },
  },
});

ruleCases('vm-vcpus-exceed-threads', {
  violating: {
    'a 16-vCPU VM on a 4-thread host': (lab) => { lab.vm(lab.hypervisor(lab.host('pc', { sockets: 1, coresPerSocket: 2, threadsPerCore: 2 }), 'kvm'), 'big', { vcpus: 16 }); },
    'a nested VM wider than its outer VM': (lab) => {
      const outer = lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'outer', { vcpus: 2, nestedVirtualization: true });
      lab.vm(lab.hypervisor(outer, 'kvm', { nested: true }), 'inner', { vcpus: 4 });
    },
  },
  satisfying: {
    'a 4-vCPU VM on a 128-thread host': (lab) => { lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'web', { vcpus: 4 }); },
  },
});

ruleCases('vm-ram-exceeds-host', {
  violating: {
    'a 512 GiB VM on a 256 GiB host': (lab) => { lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'db', { ramMiB: 512 * 1024 }); },
  },
  satisfying: {
    'a 64 GiB VM on a 256 GiB host': (lab) => { lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'db', { ramMiB: 64 * 1024 }); },
  },
});

ruleCases('powered-off-host-running-vms', {
  violating: {
    'a host switched off under running VMs': (lab) => {
      const h = lab.host('h');
      lab.vm(lab.hypervisor(h, 'kvm'), 'web');
      lab.set(h, { powerState: 'off' });
    },
  },
  satisfying: {
    'a powered-off host whose VMs are stopped': (lab) => {
      const h = lab.host('h');
      lab.vm(lab.hypervisor(h, 'kvm'), 'web', { state: 'stopped' });
      lab.set(h, { powerState: 'off' });
    },
  },
});
