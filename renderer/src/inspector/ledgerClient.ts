import type { Ledger } from '../../../shared/engine/ledger/types';
import { CONTRACT, type IpcResult } from '../../../shared/ipc/contract';
import type { NodeId } from '../../../shared/model';
import { useDesign } from '../store/designStore';

/** Does this engine serve capacity ledgers? (The channel is part of the contract once the engine has it.) */
export const ledgerAvailable = (): boolean => 'ledger' in CONTRACT;

/** Asks the engine for an element's capacity ledger; null when there is none or no engine serves it. */
export async function fetchLedger(id: NodeId): Promise<Ledger | null> {
  const client = useDesign.getState().client;
  if (!client || !ledgerAvailable()) return null;
  const call = client.call as unknown as (key: string, request: { id: NodeId }) => Promise<IpcResult<Ledger | { ledger: Ledger }>>;
  const r = await call('ledger', { id });
  if (!r.ok) return null;
  return 'lines' in r.value ? r.value : r.value.ledger;
}
