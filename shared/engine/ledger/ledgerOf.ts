import type { NodeId } from '../../model';
import { fail, ok, type Result } from '../result';
import type { ValidationContext } from '../validation/context';
import { clusterLedgerLines } from './clusterUsage';
import { hostLedgerLines } from './hostLedger';
import { poolLedgerLines } from './poolUsage';
import type { Ledger } from './types';

/** The capacity ledger of a host, cluster or storage pool, or why there is none. */
export function ledgerOf(ctx: ValidationContext, id: NodeId): Result<Ledger> {
  const n = ctx.node(id);
  if (!n) return fail('unknown-node', `No element with id "${id}".`);
  switch (n.kind) {
    case 'host': return ok({ id, kind: 'host', name: n.name, lines: hostLedgerLines(ctx, n) });
    case 'cluster': return ok({ id, kind: 'cluster', name: n.name, lines: clusterLedgerLines(ctx, n) });
    case 'storagePool': return ok({ id, kind: 'storagePool', name: n.name, lines: poolLedgerLines(ctx, n) });
    default: return fail('no-ledger', `"${n.name}" is a ${n.kind}: only hosts, clusters and storage pools keep a capacity ledger.`);
  }
}
