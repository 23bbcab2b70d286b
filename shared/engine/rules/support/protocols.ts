import type { PoolType, StoragePathProps } from '../../../model';

type Protocol = StoragePathProps['protocol'];

/** Which access protocols serve each kind of pool: block (SAN), file (NAS), object, or local disk. */
export const POOL_PROTOCOLS: Record<PoolType, readonly Protocol[]> = {
  'san-fc': ['fc'],
  'san-iscsi': ['iscsi'],
  'nas-nfs': ['nfs'],
  'nas-smb': ['smb'],
  'object-s3': ['s3'],
  // Ceph serves blocks (RBD, exported over iSCSI), files (CephFS/NFS) and objects (RGW, S3).
  'object-ceph': ['iscsi', 'nfs', 's3'],
  local: ['local'],
};

/** Block, file or object storage, in words. */
export const STORAGE_CLASS: Record<PoolType, string> = {
  'san-fc': 'block storage (Fibre Channel SAN)',
  'san-iscsi': 'block storage (iSCSI SAN)',
  'nas-nfs': 'file storage (NFS NAS)',
  'nas-smb': 'file storage (SMB NAS)',
  'object-s3': 'object storage (S3)',
  'object-ceph': 'object storage (Ceph)',
  local: 'a local disk',
};
