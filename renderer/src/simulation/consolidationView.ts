import type { Command } from '../../../shared/engine/commands/types';
import type { ConsolidationPlan } from '../../../shared/engine/sim/consolidation/designPlan';
import { powerAt, type Design, type NodeId } from '../../../shared/model';
import { BOX } from '../canvas/geometry';
import { freeSlot, landingHypervisor } from './applyResult';

/** One host's power before and after the plan, at the VMs' current CPU use. */
export interface HostPower {
  host: string;
  name: string;
  /** CPU utilization 0..1 before / after (null when the host is off after the plan). */
  uBefore: number;
  uAfter: number | null;
  beforeW: number;
  afterW: number;
  switchedOff: boolean;
}

export interface EnergyView {
  hosts: HostPower[];
  beforeW: number;
  afterW: number;
  /** Energy over a day at these loads, kWh. */
  beforeKWhPerDay: number;
  afterKWhPerDay: number;
  savedPercent: number;
}

/**
 * Power before and after a consolidation plan, from each host's own power model (the engine's
 * powerAt) at the CPU load the plan's figures give: a host's load is the sum of its VMs' CPU
 * demand over its hardware threads. A host the plan leaves empty is switched off (0 W).
 */
export function energyView(design: Design, plan: ConsolidationPlan): EnergyView {
  const t = design.topology;
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  for (const v of plan.vms) {
    if (v.host) before.set(v.host, (before.get(v.host) ?? 0) + v.cpu);
    const to = plan.packing.assignment[v.id] ?? v.host;
    if (to) after.set(to, (after.get(to) ?? 0) + v.cpu);
  }
  const used = new Set(plan.packing.hostsUsed);
  const hosts: HostPower[] = plan.hosts.map((h) => {
    const node = t.nodes.get(h.id as NodeId);
    const model = node?.kind === 'host' ? node.power : null;
    const uBefore = h.cpu > 0 ? Math.min(1, (before.get(h.id) ?? 0) / h.cpu) : 0;
    const off = !used.has(h.id);
    const uAfter = off ? null : h.cpu > 0 ? Math.min(1, (after.get(h.id) ?? 0) / h.cpu) : 0;
    return {
      host: h.id,
      name: node?.name ?? h.id,
      uBefore,
      uAfter,
      beforeW: model ? powerAt(model, uBefore) : 0,
      afterW: model && uAfter !== null ? powerAt(model, uAfter) : 0,
      switchedOff: off,
    };
  });
  const beforeW = hosts.reduce((s, h) => s + h.beforeW, 0);
  const afterW = hosts.reduce((s, h) => s + h.afterW, 0);
  return {
    hosts,
    beforeW,
    afterW,
    beforeKWhPerDay: (beforeW * 24) / 1000,
    afterKWhPerDay: (afterW * 24) / 1000,
    savedPercent: beforeW > 0 ? ((beforeW - afterW) / beforeW) * 100 : 0,
  };
}

/** A step of the plan in words. */
export function stepText(step: ConsolidationPlan['plan']['steps'][number], name: (id: string) => string): string {
  switch (step.kind) {
    case 'move': return `Migrate ${name(step.vm)} from ${name(step.from)} to ${name(step.to)}.`;
    case 'to-scratch': return `Park ${name(step.vm)} on ${name(step.to)} (scratch host) to free room on ${name(step.from)}.`;
    case 'from-scratch': return `Move ${name(step.vm)} on from ${name(step.from)} to ${name(step.to)}.`;
  }
}

/**
 * The plan made real in one undoable step: each moved VM nested into a hypervisor of its final
 * host, then the hosts left empty switched off. The engine checks every command.
 */
export function applyPlanCommand(design: Design, plan: ConsolidationPlan): { ok: true; command: Command } | { ok: false; reason: string } {
  const finalHost = new Map<string, string>();
  for (const s of plan.plan.steps) finalHost.set(s.vm, s.to);
  if (finalHost.size === 0 && plan.plan.hostsToSwitchOff.length === 0) return { ok: false, reason: 'The plan changes nothing: the VMs are already packed.' };
  const commands: Command[] = [];
  const stacked = new Map<string, number>();
  for (const [vm, host] of finalHost) {
    const hv = landingHypervisor(design, vm as NodeId, host as NodeId, null);
    if (!hv) return { ok: false, reason: `${design.topology.nodes.get(host as NodeId)?.name ?? host} has no hypervisor to run ${vm}.` };
    const slot = freeSlot(design, hv.id);
    const extra = stacked.get(hv.id) ?? 0;
    const h = design.layout[vm as NodeId]?.height ?? BOX.vm.h;
    stacked.set(hv.id, extra + h + 8);
    commands.push({ type: 'nestNode', id: vm as NodeId, parentId: hv.id, position: { x: slot.x, y: slot.y + extra } });
  }
  for (const host of plan.plan.hostsToSwitchOff) commands.push({ type: 'setProps', id: host as NodeId, props: { powerState: 'off' } });
  return { ok: true, command: { type: 'batch', label: `Consolidate (${plan.algorithm.toUpperCase()})`, commands } };
}
