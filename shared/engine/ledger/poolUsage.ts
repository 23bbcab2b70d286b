import type { NodeId, StoragePool } from '../../model';
import { defineMemo, type ValidationContext } from '../validation/context';
import { num } from './format';
import type { LedgerItem, LedgerLine } from './types';

export interface PoolUsage {
  pool: StoragePool;
  thinRatio: number;
  provisionedGiB: number;
  /** capacity x thin ratio: how much may be promised to virtual disks. */
  provisionLimitGiB: number;
  writtenGiB: number;
  capacityGiB: number;
  thickGiB: number;
  disks: number;
}

/** Sums the virtual disks a pool backs: provisioned (promised) and written (really stored). */
export function measurePool(ctx: ValidationContext, pool: StoragePool, items?: { provisioned: LedgerItem[]; written: LedgerItem[] }): PoolUsage {
  const thinRatio = Math.max(1, pool.thinRatio);
  const u: PoolUsage = { pool, thinRatio, provisionedGiB: 0, provisionLimitGiB: pool.capacityGiB * thinRatio, writtenGiB: 0, capacityGiB: pool.capacityGiB, thickGiB: 0, disks: 0 };
  for (const d of ctx.ix.in(pool.id)) {
    if (d.relation !== 'backedBy') continue;
    const written = d.props.provisioning === 'thick' ? d.props.sizeGiB : d.props.writtenGiB;
    u.disks++;
    u.provisionedGiB += d.props.sizeGiB;
    u.writtenGiB += written;
    if (d.props.provisioning === 'thick') u.thickGiB += d.props.sizeGiB;
    if (items) {
      const owner = `${d.props.provisioning} disk of "${ctx.node(d.source)?.name ?? d.source}"`;
      items.provisioned.push({ label: owner, amount: d.props.sizeGiB, id: d.id });
      items.written.push({ label: owner, amount: written, id: d.id });
    }
  }
  return u;
}

const POOL_USAGE = defineMemo('poolUsage', (ctx, id) => measurePool(ctx, ctx.nodeOf(id, 'storagePool')!));

/** The pool's usage, measured once per validation pass. */
export function poolUsage(ctx: ValidationContext, poolId: NodeId): PoolUsage | undefined {
  const pool = ctx.nodeOf(poolId, 'storagePool');
  return pool ? ctx.memo(POOL_USAGE, poolId) : undefined;
}

/** Assumptions behind the provisioned line. */
export function provisionedAssumptions(u: PoolUsage): string[] {
  const out = [`Capacity ${u.capacityGiB} GiB × thin-provisioning ratio ${num(u.thinRatio)} = ${num(u.provisionLimitGiB)} GiB may be promised to virtual disks.`];
  if (u.pool.thinRatio < 1) out.push(`A thin ratio below 1 (${num(u.pool.thinRatio)}) is read as 1: no overcommit.`);
  if (u.thickGiB) out.push(`Thick disks (${num(u.thickGiB)} GiB) are allocated in full up front.`);
  return out;
}

/** Assumptions behind the written line. */
export function writtenAssumptions(u: PoolUsage, warnPercent: number): string[] {
  return [
    'Thin disks count the data written so far; thick disks count their full size.',
    `Physical capacity ${u.capacityGiB} GiB; a warning is raised above ${warnPercent} % (project setting storageWarnPercent).`,
  ];
}

/** The ledger lines of a storage pool: provisioned against capacity × thin ratio, written against capacity. */
export function poolLedgerLines(ctx: ValidationContext, pool: StoragePool): LedgerLine[] {
  const items = { provisioned: [] as LedgerItem[], written: [] as LedgerItem[] };
  const u = measurePool(ctx, pool, items);
  return [
    { resource: 'storage-provisioned', label: 'Provisioned', used: u.provisionedGiB, capacity: u.provisionLimitGiB, unit: 'GiB', assumptions: provisionedAssumptions(u), items: items.provisioned },
    { resource: 'storage-written', label: 'Written', used: u.writtenGiB, capacity: u.capacityGiB, unit: 'GiB', assumptions: writtenAssumptions(u, ctx.settings.storageWarnPercent), items: items.written },
  ];
}
