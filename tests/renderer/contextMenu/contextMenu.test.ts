import { describe, expect, it, vi } from 'vitest';
import { preflight } from '../../../shared/engine/preflight/preflight';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import { PREFLIGHT_CATEGORIES } from '../../../shared/engine/preflight/types';
import type { Design, NodeId } from '../../../shared/model';
import type { EngineClient } from '../../../renderer/src/engine/engineClient';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });

const { menuFor } = await import('../../../renderer/src/contextMenu/menuItems');
const { migrationTargets, preflightView } = await import('../../../renderer/src/contextMenu/migrationCheck');
const { checkMigration, useMigrationCheck } = await import('../../../renderer/src/contextMenu/migrationCheckStore');
const { ACTIONS } = await import('../../../renderer/src/app/actions');
const { useDialogs } = await import('../../../renderer/src/app/dialogStore');
const { useDesign } = await import('../../../renderer/src/store/designStore');

/** Two KVM hosts on shared storage and a host with no hypervisor; a running VM on the first. */
function lab() {
  const b = new TopologyBuilder();
  const a = b.host('host-a');
  const hvA = b.hypervisor(a, 'kvm');
  const c = b.host('host-c');
  const hvC = b.hypervisor(c, 'kvm');
  const bare = b.host('bare-b');
  const pool = b.pool('nfs-share', { shared: true });
  b.storagePath(a, pool);
  b.storagePath(c, pool);
  const vm = b.vm(hvA, 'web', { state: 'running' });
  b.disk(vm, pool, { sizeGiB: 20 });
  return { b, a, hvA, c, hvC, bare, vm };
}

const snapshotOf = (design: Design) => ({ design, revision: 1, canUndo: false, canRedo: false, findings: [] });
const labels = (entries: ReturnType<typeof menuFor>) => entries.flatMap((e) => (e === '-' ? [] : [e.label]));

describe('node context menu', () => {
  it('offers "Check migration to…" on a VM only', () => {
    const { b, a, vm } = lab();
    useDesign.setState({ snapshot: snapshotOf(b.design) });
    expect(labels(menuFor({ type: 'node', id: vm }))).toContain('Check migration to…');
    expect(labels(menuFor({ type: 'node', id: a }))).not.toContain('Check migration to…');
  });

  it('shows the same shortcut as the menus for every registered action it offers', () => {
    const { b, vm } = lab();
    useDesign.setState({ snapshot: snapshotOf(b.design) });
    const entries = [
      ...menuFor({ type: 'node', id: vm }),
      ...menuFor({ type: 'selection' }),
      ...menuFor({ type: 'pane', flow: { x: 0, y: 0 } }),
    ].flatMap((e) => (e === '-' ? [] : [e]));
    const registered = entries.filter((e) => e.id in ACTIONS);
    expect(registered.length).toBeGreaterThan(8);
    for (const e of registered) expect(e.shortcut, e.id).toBe(ACTIONS[e.id as keyof typeof ACTIONS].shortcut);
  });
});

describe('migration check', () => {
  it('lists the other hypervisors and the hosts with none, never the VM\'s own hypervisor', () => {
    const { b, hvA, hvC, bare, vm } = lab();
    const targets = migrationTargets(b.design, vm);
    expect(targets.map((t) => t.id)).toEqual([bare, hvC]);
    expect(targets.map((t) => t.id)).not.toContain(hvA);
    expect(targets[0]!.detail).toBe('host with no hypervisor');
    expect(migrationTargets(b.design, hvA)).toEqual([]);
  });

  it('words the engine\'s pre-flight: a live move over shared storage, every category in order', () => {
    const { b, hvC, vm } = lab();
    const r = preflight(b.design.topology, vm, hvC);
    if (!r.ok) throw new Error(r.error.message);
    const name = (id: NodeId) => b.design.topology.nodes.get(id)?.name ?? id;
    const view = preflightView(r.value, name);
    expect(view.sections.map((s) => s.category)).toEqual([...PREFLIGHT_CATEGORIES]);
    expect(r.value.live).toBe(true);
    expect(view.verdict.kind).toBe('live');
    expect(view.verdict.text).toContain('host-c');
    expect(view.facts).toContain('Shared storage: no disk needs to move.');
    const issues = view.sections.reduce((n, s) => n + s.issues.length, 0);
    const engine = PREFLIGHT_CATEGORIES.reduce((n, c) => n + r.value.groups[c].errors.length + r.value.groups[c].warnings.length + r.value.groups[c].infos.length, 0);
    expect(issues).toBe(engine);
  });

  it('says why a host without a hypervisor cannot take the VM', () => {
    const { b, bare, vm } = lab();
    const r = preflight(b.design.topology, vm, bare);
    if (!r.ok) throw new Error(r.error.message);
    const view = preflightView(r.value, (id) => b.design.topology.nodes.get(id)?.name ?? id);
    expect(view.verdict.kind).toBe('refused');
    expect(view.verdict.text).toMatch(/^Cannot migrate to bare-b: \d+ errors? to fix first\.$/);
    expect(view.sections.find((s) => s.category === 'hypervisor')!.issues.some((i) => i.severity === 'error')).toBe(true);
  });

  it('asks for a destination, then shows the answer of the preflight channel', async () => {
    const { b, hvC, vm } = lab();
    const host = new EngineHost(() => undefined);
    host.replace(b.design);
    const calls: string[] = [];
    const client: EngineClient = {
      platform: 'web',
      call: async (key, request) => { calls.push(key); return host.handleRaw(key, request) as never; },
      on: () => () => undefined,
    };
    useDesign.setState({ client, snapshot: snapshotOf(b.design) });
    const offered: string[] = [];
    useDialogs.setState({ choose: async (_t, _m, choices) => { offered.push(...choices.map((c) => c.id)); return hvC; } });
    await checkMigration(vm);
    expect(offered).toContain(hvC);
    expect(calls).toEqual(['preflight']);
    const check = useMigrationCheck.getState().check!;
    expect(check).toMatchObject({ vm, destination: hvC, status: 'done', error: null });
    expect(check.result?.destination.hypervisor).toBe(hvC);
  });
});
