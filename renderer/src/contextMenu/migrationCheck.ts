import { ancestorOfKind, getNodeOfKind, nodesOfKind } from '../../../shared/engine/queries/nodes';
import { PREFLIGHT_CATEGORIES, type PreflightCategory, type PreflightIssue, type PreflightResult } from '../../../shared/engine/preflight/types';
import type { Design, NodeId } from '../../../shared/model';

/** A place a VM could be checked against: a hypervisor (on its host), or a host that has none. */
export interface MigrationTarget { id: NodeId; label: string; detail: string }

/**
 * Where "Check migration to…" may point a VM: every hypervisor except the one it runs on, and every
 * host that carries no hypervisor at all (the pre-flight then says so). Sorted by host, then name.
 */
export function migrationTargets(design: Design, vmId: NodeId): MigrationTarget[] {
  const t = design.topology;
  const vm = t.nodes.get(vmId);
  if (vm?.kind !== 'vm') return [];
  const hostOf = (id: NodeId) => getNodeOfKind(t, id, 'host') ?? ancestorOfKind(t, id, 'host');
  const hypervisors = nodesOfKind(t, 'hypervisor');
  const out: (MigrationTarget & { host: string })[] = [];
  for (const hv of hypervisors) {
    if (hv.id === vm.parentId) continue;
    const host = hostOf(hv.id);
    if (!host) continue;
    const off = host.powerState === 'off' ? ', powered off' : '';
    out.push({ id: hv.id, host: host.name, label: `${host.name} — ${hv.name}`, detail: `hypervisor on host ${host.name}${off}` });
  }
  const carrying = new Set(hypervisors.map((hv) => hostOf(hv.id)?.id));
  for (const host of nodesOfKind(t, 'host')) {
    if (!carrying.has(host.id)) out.push({ id: host.id, host: host.name, label: host.name, detail: 'host with no hypervisor' });
  }
  return out
    .sort((a, b) => a.host.localeCompare(b.host) || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1))
    .map(({ id, label, detail }) => ({ id, label, detail }));
}

export const CATEGORY_LABEL: Record<PreflightCategory, string> = {
  hypervisor: 'Hypervisor',
  cpu: 'CPU',
  storage: 'Storage',
  network: 'Network',
  capacity: 'Capacity',
};

export interface PreflightSection { category: PreflightCategory; label: string; issues: PreflightIssue[] }

/** What the dialog says, in the engine's order: a verdict, the facts, then one section per category. */
export interface PreflightView {
  verdict: { kind: 'live' | 'cold' | 'refused'; text: string };
  facts: string[];
  sections: PreflightSection[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Turns the engine's pre-flight into the dialog's words; it decides nothing the engine did not. */
export function preflightView(r: PreflightResult, names: (id: NodeId) => string): PreflightView {
  const sections = PREFLIGHT_CATEGORIES.map((category): PreflightSection => {
    const g = r.groups[category];
    return { category, label: CATEGORY_LABEL[category], issues: [...g.errors, ...g.warnings, ...g.infos] };
  });
  const errors = sections.reduce((n, s) => n + r.groups[s.category].errors.length, 0);
  const warnings = sections.reduce((n, s) => n + r.groups[s.category].warnings.length, 0);
  const dest = `${names(r.destination.host)}${r.destination.hypervisor ? ` (${names(r.destination.hypervisor)})` : ''}`;
  const verdict: PreflightView['verdict'] = !r.ok
    ? { kind: 'refused', text: `Cannot migrate to ${dest}: ${plural(errors, 'error')} to fix first.` }
    : r.live
      ? { kind: 'live', text: `Can migrate live to ${dest}${warnings ? ` (${plural(warnings, 'warning')})` : ''}.` }
      : { kind: 'cold', text: `Can migrate to ${dest}, but only cold${r.conversion ? ' (a conversion between hypervisor families)' : ' (the VM is not running)'}${warnings ? `; ${plural(warnings, 'warning')}` : ''}.` };
  const facts: string[] = [];
  if (r.conversion) facts.push('Different hypervisor families: the disks and drivers must be converted (V2V).');
  if (r.storageMigration.needed) facts.push(`Storage moves too: ${plural(r.storageMigration.disks.length, 'disk')}, ${r.storageMigration.copyGiB} GiB to copy.`);
  else facts.push('Shared storage: no disk needs to move.');
  if (r.network.bandwidthMbps > 0) {
    const over = r.network.migrationVlan ? ` over ${names(r.network.migrationVlan)}` : '';
    facts.push(`Migration network${over}: ${r.network.bandwidthMbps} Mbit/s, one pass over the memory takes ${r.network.memoryPassSeconds.toFixed(1)} s.`);
  }
  return { verdict, facts, sections };
}
