import type { EdgeId, NodeId } from '../../model';

export type LedgerResource = 'ram' | 'vcpu' | 'network' | 'nic-ports' | 'local-storage' | 'storage-provisioned' | 'storage-written' | 'ha-failover-ram' | 'ha-failover-vcpu';
export type LedgerUnit = 'MiB' | 'GiB' | 'vCPU' | 'Mbit/s' | 'ports';

/** One contribution to a line: "Dom0 of xen-1: 4096 MiB". */
export interface LedgerItem { label: string; amount: number; id?: NodeId | EdgeId }

/** One resource of an element's ledger, with every assumption that shaped it, for the Inspector. */
export interface LedgerLine {
  resource: LedgerResource;
  label: string;
  used: number;
  capacity: number;
  unit: LedgerUnit;
  /** The ratios, overheads and policies behind `used` and `capacity`, in words. */
  assumptions: string[];
  /** What adds up to `used`. */
  items: LedgerItem[];
}

/** The ledger of a host, cluster or storage pool. */
export interface Ledger { id: NodeId; kind: 'host' | 'cluster' | 'storagePool'; name: string; lines: LedgerLine[] }
