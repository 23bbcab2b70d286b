import type { ElementBase } from './common';

/** SAN is block storage (FC, iSCSI); NAS is file storage (NFS, SMB); object storage is S3 / Ceph. */
export type PoolType = 'san-fc' | 'san-iscsi' | 'nas-nfs' | 'nas-smb' | 'object-s3' | 'object-ceph' | 'local';

/** A pool of storage that backs virtual disks (storage virtualization). */
export interface StoragePool extends ElementBase<'storagePool'> {
  poolType: PoolType;
  capacityGiB: number;
  shared: boolean;
  /** Thin provisioning: provisioned may reach capacity x this ratio (1 = thick only). */
  thinRatio: number;
  /** Where storage virtualization happens: in the host/server, the fabric/network, or the array. */
  method: 'host' | 'network' | 'array';
}
