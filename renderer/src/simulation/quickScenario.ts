import { nodesOfKind } from '../../../shared/engine/queries/nodes';
import type { Design, EdgeId, NodeId, Scenario, ScenarioAction } from '../../../shared/model';
import type { Choice } from './migrationForm';
import { hostOf } from './migrationForm';

/** One line of a quick scenario, as the user types it. */
export type QuickAction =
  | { type: 'failHost'; at: string; host: NodeId | '' }
  | { type: 'cutLink'; at: string; link: string }
  | { type: 'migrate'; at: string; vm: NodeId | ''; to: NodeId | '' }
  | { type: 'powerHost'; at: string; host: NodeId | ''; on: boolean };

export const QUICK_LABEL: Record<QuickAction['type'], string> = {
  failHost: 'Fail a host',
  cutLink: 'Cut a link',
  migrate: 'Migrate a VM',
  powerHost: 'Power a host off/on',
};

/** Hosts of the design, by name. */
export function hostChoices(design: Design): Choice[] {
  const t = design.topology;
  return nodesOfKind(t, 'host')
    .map((h) => {
      const cluster = h.parentId && t.nodes.get(h.parentId)?.kind === 'cluster' ? t.nodes.get(h.parentId)!.name : null;
      return { id: h.id, label: h.name, detail: cluster ? `in ${cluster}` : 'no cluster' };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * What can be cut on the migration network: host uplinks (edges to physical switches), migration
 * VLANs (cut every migration path) and hosts without an uplink (their NIC on the implicit fabric).
 */
export function linkChoices(design: Design): { id: string; label: string }[] {
  const t = design.topology;
  const out: { id: string; label: string }[] = [];
  const wired = new Set<string>();
  for (const e of t.edges.values()) {
    if (e.relation !== 'uplinksTo') continue;
    const a = t.nodes.get(e.source);
    const b = t.nodes.get(e.target);
    if (!a || !b || (a.kind !== 'host' && a.kind !== 'physicalSwitch') || b.kind !== 'physicalSwitch') continue;
    wired.add(a.id);
    out.push({ id: e.id, label: `Uplink ${a.name} ↔ ${b.name}` });
  }
  for (const v of nodesOfKind(t, 'vlan')) if (v.purpose === 'migration') out.push({ id: v.id, label: `Migration network ${v.name} (VLAN ${v.vlanId})` });
  for (const h of nodesOfKind(t, 'host')) if (!wired.has(h.id)) out.push({ id: h.id, label: `${h.name}'s NIC (no uplink drawn)` });
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

/** A sensible first action from the canvas selection: fail the selected host, cut the selected uplink. */
export function quickFromSelection(design: Design, selection: readonly string[]): QuickAction | null {
  const t = design.topology;
  for (const id of selection) {
    const n = t.nodes.get(id as NodeId);
    if (n?.kind === 'host') return { type: 'failHost', at: '10', host: n.id };
    if (n && (n.kind === 'hypervisor' || n.kind === 'vm')) {
      const h = hostOf(t, n.id);
      if (h) return { type: 'failHost', at: '10', host: h };
    }
    const e = t.edges.get(id as EdgeId);
    if (e?.relation === 'uplinksTo') return { type: 'cutLink', at: '10', link: e.id };
  }
  return null;
}

export function blankAction(type: QuickAction['type']): QuickAction {
  switch (type) {
    case 'failHost': return { type, at: '10', host: '' };
    case 'cutLink': return { type, at: '10', link: '' };
    case 'migrate': return { type, at: '0', vm: '', to: '' };
    case 'powerHost': return { type, at: '10', host: '', on: false };
  }
}

/** The quick actions as a scenario, or the first problem with them (line numbers from 1). */
export function quickScenario(actions: readonly QuickAction[], seed: string, duration: string): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  if (actions.length === 0) return { ok: false, error: 'Add at least one action.' };
  const out: ScenarioAction[] = [];
  for (const [i, a] of actions.entries()) {
    const at = Number(a.at.trim().replace(',', '.'));
    const where = `Action ${i + 1}`;
    if (a.at.trim() === '' || !Number.isFinite(at) || at < 0) return { ok: false, error: `${where}: the time must be a number of seconds, 0 or more.` };
    switch (a.type) {
      case 'failHost':
        if (!a.host) return { ok: false, error: `${where}: choose the host that fails.` };
        out.push({ at, type: 'failHost', host: a.host });
        break;
      case 'powerHost':
        if (!a.host) return { ok: false, error: `${where}: choose the host.` };
        out.push({ at, type: 'powerHost', host: a.host, on: a.on });
        break;
      case 'cutLink':
        if (!a.link) return { ok: false, error: `${where}: choose what to cut.` };
        out.push({ at, type: 'cutLink', link: a.link as NodeId });
        break;
      case 'migrate':
        if (!a.vm || !a.to) return { ok: false, error: `${where}: choose the VM and its destination.` };
        out.push({ at, type: 'migrate', vm: a.vm, to: a.to, mode: 'precopy', policy: 'qemu' });
        break;
    }
  }
  const s = Number(seed.trim() || '1');
  if (!Number.isInteger(s)) return { ok: false, error: 'The seed is a whole number.' };
  const d = duration.trim() === '' ? 0 : Number(duration.trim());
  if (!Number.isFinite(d) || d < 0) return { ok: false, error: 'The duration is a number of seconds (0 or empty: until nothing is left to happen).' };
  return { ok: true, scenario: { name: 'Quick scenario', seed: s, durationS: d, actions: out } };
}
