import type { Ledger } from '../../../shared/engine/ledger/types';
import type { NodeId } from '../../../shared/model';
import { useDesign } from '../store/designStore';

/** Asks the engine for an element's capacity ledger; null when it keeps none (or the engine refused). */
export async function fetchLedger(id: NodeId): Promise<Ledger | null> {
  const client = useDesign.getState().client;
  if (!client) return null;
  const r = await client.call('ledger', { id });
  return r.ok ? r.value : null;
}
