import { create } from 'zustand';
import type { PreflightResult } from '../../../shared/engine/preflight/types';
import type { NodeId } from '../../../shared/model';
import { useDialogs } from '../app/dialogStore';
import { useDesign } from '../store/designStore';
import { migrationTargets } from './migrationCheck';

/** One pre-flight asked from the canvas: a VM, a destination, and the engine's answer. */
export interface MigrationCheck {
  vm: NodeId;
  destination: NodeId;
  status: 'checking' | 'done' | 'failed';
  result: PreflightResult | null;
  error: string | null;
  /** The design revision the answer is about. */
  revision: number | null;
}

export const useMigrationCheck = create<{ check: MigrationCheck | null }>(() => ({ check: null }));

export const closeMigrationCheck = (): void => useMigrationCheck.setState({ check: null });

/** Asks the engine (the `preflight` channel) whether the VM can move there, and shows the answer. */
export async function runMigrationCheck(vm: NodeId, destination: NodeId): Promise<void> {
  const { client, snapshot } = useDesign.getState();
  if (!client || !snapshot) return;
  useMigrationCheck.setState({ check: { vm, destination, status: 'checking', result: null, error: null, revision: snapshot.revision } });
  const r = await client.call('preflight', { vm, destination });
  const current = useMigrationCheck.getState().check;
  // The user closed the dialog or asked about another destination meanwhile.
  if (current?.vm !== vm || current.destination !== destination) return;
  useMigrationCheck.setState({ check: r.ok ? { ...current, status: 'done', result: r.value } : { ...current, status: 'failed', error: r.error.message } });
}

/** VM context menu › Check migration to…: pick a host or hypervisor, then run the pre-flight. */
export async function checkMigration(vm: NodeId): Promise<void> {
  const { snapshot, notify } = useDesign.getState();
  const el = snapshot?.design.topology.nodes.get(vm);
  if (!snapshot || el?.kind !== 'vm') return;
  const targets = migrationTargets(snapshot.design, vm);
  if (targets.length === 0) {
    notify('info', `There is no other host or hypervisor to check “${el.name}” against.`);
    return;
  }
  const pick = await useDialogs.getState().choose(
    `Check migration of “${el.name}” to…`,
    'Pick a destination: the engine checks the hypervisor, CPU, storage, network and capacity.',
    targets,
  );
  if (pick) await runMigrationCheck(vm, pick as NodeId);
}
