import { expect } from 'vitest';
import { kvmLab } from '../builders/topologyBuilder';
import { ruleCases } from './ruleCases';

ruleCases('storage-provisioned-capacity', {
  violating: {
    '3 × 100 GiB thin disks on a 100 GiB pool with ratio 2': (lab) => {
      const { vm } = kvmLab(lab);
      const p = lab.pool('small', { capacityGiB: 100, thinRatio: 2 });
      for (let i = 0; i < 3; i++) lab.disk(vm, p, { sizeGiB: 100, writtenGiB: 5 });
      return { check: (f) => expect(f[0]!.assumptions![0]).toMatch(/100 GiB × thin-provisioning ratio 2 = 200 GiB/) };
    },
  },
  satisfying: {
    'within capacity × ratio': (lab) => {
      const { vm } = kvmLab(lab);
      const p = lab.pool('small', { capacityGiB: 100, thinRatio: 2 });
      lab.disk(vm, p, { sizeGiB: 100, writtenGiB: 5 });
      lab.disk(vm, p, { sizeGiB: 100, writtenGiB: 5 });
    },
  },
});

ruleCases('storage-written-capacity', {
  violating: {
    'thick disks count in full': (lab) => {
      const { vm } = kvmLab(lab);
      const p = lab.pool('small', { capacityGiB: 100, thinRatio: 3 });
      lab.disk(vm, p, { sizeGiB: 80, writtenGiB: 1, provisioning: 'thick' });
      lab.disk(vm, p, { sizeGiB: 80, writtenGiB: 1, provisioning: 'thick' });
    },
  },
  satisfying: {
    'thin disks count what was written': (lab) => {
      const { vm } = kvmLab(lab);
      const p = lab.pool('small', { capacityGiB: 100, thinRatio: 3 });
      lab.disk(vm, p, { sizeGiB: 80, writtenGiB: 10 });
      lab.disk(vm, p, { sizeGiB: 80, writtenGiB: 10 });
    },
  },
});

ruleCases('storage-usage-warning', {
  violating: {
    'a pool 90 % written': (lab) => { lab.disk(kvmLab(lab).vm, lab.pool('p', { capacityGiB: 100 }), { sizeGiB: 100, writtenGiB: 90 }); },
  },
  satisfying: {
    'a pool 50 % written': (lab) => { lab.disk(kvmLab(lab).vm, lab.pool('p', { capacityGiB: 100 }), { sizeGiB: 100, writtenGiB: 50 }); },
  },
});

ruleCases('disk-written-exceeds-size', {
  violating: {
    '50 GiB written on a 40 GiB disk': (lab) => { lab.set(kvmLab(lab).disk, { writtenGiB: 50 }); },
  },
  satisfying: {
    'the default disk': (lab) => { kvmLab(lab); },
  },
});

ruleCases('disk-pool-reachable', {
  violating: {
    'a disk on a pool the host has no path to (fix connects it)': (lab) => {
      const { vm, host } = kvmLab(lab);
      const p = lab.pool('iscsi-1', { poolType: 'san-iscsi' });
      lab.disk(vm, p);
      return { check: (f) => expect(f[0]!.fixes[0]!.command).toMatchObject({ type: 'connect', source: host, target: p, props: { protocol: 'iscsi' } }) };
    },
    'a disk on another host’s local pool': (lab) => {
      const { vm } = kvmLab(lab);
      lab.disk(vm, lab.pool('local-b', { poolType: 'local', shared: false }, lab.host('other')));
    },
    'the VM migrates to a host without the path': (lab) => {
      const { vm } = kvmLab(lab);
      lab.nest(vm, lab.hypervisor(lab.host('h2'), 'kvm'));
    },
  },
  satisfying: {
    'a shared pool with a storage path': (lab) => { kvmLab(lab); },
    'the host’s own local pool': (lab) => {
      const { vm, host } = kvmLab(lab);
      lab.disk(vm, lab.pool('local', { poolType: 'local', shared: false }, host));
    },
  },
});

ruleCases('storage-protocol-matches-pool', {
  violating: {
    'an iSCSI SAN mounted over NFS': (lab) => { lab.storagePath(lab.host('h'), lab.pool('san', { poolType: 'san-iscsi' }), 'nfs'); },
    'an NFS export attached over Fibre Channel': (lab) => { lab.storagePath(lab.host('h'), lab.pool('nas', { poolType: 'nas-nfs' }), 'fc'); },
  },
  satisfying: {
    'iSCSI SAN over iSCSI': (lab) => { lab.storagePath(lab.host('h'), lab.pool('san', { poolType: 'san-iscsi' }), 'iscsi'); },
    'Ceph over NFS': (lab) => { lab.storagePath(lab.host('h'), lab.pool('ceph', { poolType: 'object-ceph' }), 'nfs'); },
  },
});

ruleCases('local-pool-remote-path', {
  violating: {
    'host B reaching into host A’s local disks': (lab) => {
      const a = lab.host('a');
      lab.storagePath(lab.host('b'), lab.pool('local-a', { poolType: 'local' }, a), 'local');
    },
  },
  satisfying: {
    'the owner’s own path to its local pool': (lab) => {
      const a = lab.host('a');
      lab.storagePath(a, lab.pool('local-a', { poolType: 'local' }, a), 'local');
    },
  },
});

ruleCases('object-storage-not-vm-disk', {
  violating: {
    'a VM disk on S3': (lab) => { lab.disk(kvmLab(lab).vm, lab.pool('bucket', { poolType: 'object-s3' })); },
  },
  satisfying: {
    'a VM disk on Ceph RBD': (lab) => { lab.disk(kvmLab(lab).vm, lab.pool('ceph', { poolType: 'object-ceph' })); },
  },
});
