import type { Command } from '../../../shared/engine/commands/types';
import { nodesOfKind } from '../../../shared/engine/queries/nodes';
import type { Design, Hypervisor, NodeId } from '../../../shared/model';
import { BOX, HEADER, PAD } from '../canvas/geometry';
import { hostOf } from './migrationForm';

/** Where a VM goes on the canvas inside a hypervisor: below what is already there. */
export function freeSlot(design: Design, hv: NodeId, exclude: NodeId | null = null): { x: number; y: number } {
  const kids = [...design.topology.nodes.values()].filter((n) => n.parentId === hv && n.id !== exclude);
  let bottom = HEADER - 8;
  for (const k of kids) {
    const l = design.layout[k.id] ?? { x: PAD, y: HEADER };
    bottom = Math.max(bottom, l.y + (l.height ?? BOX[k.kind].h));
  }
  return { x: PAD, y: kids.length ? bottom + 8 : HEADER };
}

/** The hypervisor a migrated VM lands in: the pre-flight's choice, else one of the VM's family on that host. */
export function landingHypervisor(design: Design, vm: NodeId, destination: NodeId, preferred: NodeId | null): Hypervisor | null {
  const t = design.topology;
  const pref = preferred ? t.nodes.get(preferred) : undefined;
  if (pref?.kind === 'hypervisor') return pref;
  const dest = t.nodes.get(destination);
  if (dest?.kind === 'hypervisor') return dest;
  const onHost = nodesOfKind(t, 'hypervisor').filter((h) => hostOf(t, h.id) === destination);
  const vmNode = t.nodes.get(vm);
  const own = vmNode?.parentId ? t.nodes.get(vmNode.parentId) : undefined;
  const family = own?.kind === 'hypervisor' ? own.family : null;
  return onHost.find((h) => h.family === family) ?? onHost[0] ?? null;
}

/**
 * The engine command that makes a simulated migration real: the VM nested into the destination
 * hypervisor (one undoable step). The engine decides whether it is allowed.
 */
export function applyMigrationCommand(design: Design, vm: NodeId, destination: NodeId, preferredHv: NodeId | null): { ok: true; command: Command; hypervisor: Hypervisor } | { ok: false; reason: string } {
  const t = design.topology;
  const node = t.nodes.get(vm);
  if (!node || node.kind !== 'vm') return { ok: false, reason: 'The VM is no longer in the design.' };
  const hv = landingHypervisor(design, vm, destination, preferredHv);
  if (!hv) return { ok: false, reason: `${t.nodes.get(destination)?.name ?? destination} has no hypervisor to run the VM any more.` };
  if (node.parentId === hv.id) return { ok: false, reason: `${node.name} already runs on ${hv.name}.` };
  return { ok: true, command: { type: 'nestNode', id: vm, parentId: hv.id, position: freeSlot(design, hv.id, vm) }, hypervisor: hv };
}
