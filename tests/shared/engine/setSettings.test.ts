import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { Command } from '../../../shared/engine/commands/types';
import { emptyDesign } from '../../../shared/engine/design';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import type { Ledger, LedgerLine } from '../../../shared/engine/ledger/types';
import { LiveValidator } from '../../../shared/engine/validation/liveValidator';
import { validateDesign } from '../../../shared/engine/validation/validate';
import { commandSchema } from '../../../shared/ipc/commandSchema';
import { DEFAULT_SETTINGS, type Design, type NodeId } from '../../../shared/model';
import { TopologyBuilder } from '../builders/topologyBuilder';

const set = (settings: Record<string, unknown>): Command => ({ type: 'setSettings', settings } as Command);

/** A 4-thread KVM host (3 % CPU overhead) running two 4-vCPU VMs: 8 vCPUs on 4 threads. */
function busyHost() {
  const lab = new TopologyBuilder();
  const host = lab.host('small', { sockets: 1, coresPerSocket: 2, threadsPerCore: 2, ramGiB: 64 });
  const hv = lab.hypervisor(host, 'kvm');
  lab.vm(hv, 'a', { vcpus: 4, ramMiB: 4096 });
  lab.vm(hv, 'b', { vcpus: 4, ramMiB: 4096 });
  return { lab, host, hv };
}

const vcpuFindings = (d: Design) => validateDesign(d).filter((f) => f.ruleId === 'host-vcpu-capacity');

describe('setSettings', () => {
  it('changes only the given settings and says which ones changed', () => {
    const d = emptyDesign();
    const r = applyCommand(d, set({ vcpuRatio: 2, ramHeadroomPercent: 10 /* already 10 */, countPoweredOffVms: true }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.design.topology.settings).toEqual({ ...DEFAULT_SETTINGS, vcpuRatio: 2, countPoweredOffVms: true });
    expect(r.value.events).toEqual([{ type: 'settingsChanged', keys: ['vcpuRatio', 'countPoweredOffVms'] }]);
    // Designs are immutable: the one the command started from is untouched.
    expect(d.topology.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.value.design.topology.nodes).toBe(d.topology.nodes);
  });

  it('leaves the design as it was (same object, no event) when nothing differs', () => {
    const d = emptyDesign();
    const r = applyCommand(d, set({ vcpuRatio: DEFAULT_SETTINGS.vcpuRatio }));
    expect(r.ok && r.value.design).toBe(d);
    expect(r.ok && r.value.events).toEqual([]);
  });

  it('refuses an out-of-range value, naming the setting', () => {
    const r = applyCommand(emptyDesign(), set({ vcpuRatio: 0 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-value');
    expect(r.error.path).toBe('vcpuRatio');
    expect(r.error.message).toMatch(/^Project settings were not changed: vcpuRatio: .*0\.1/);
    const pct = applyCommand(emptyDesign(), set({ ramHeadroomPercent: 101 }));
    expect(!pct.ok && pct.error.path).toBe('ramHeadroomPercent');
  });

  it('refuses wrong types, NaN and infinities', () => {
    for (const bad of [{ vcpuRatio: '2' }, { vcpuRatio: Number.NaN }, { hostOsRamMiB: Number.POSITIVE_INFINITY }, { useHypervisorRatios: 'yes' }, { storageWarnPercent: null }]) {
      const r = applyCommand(emptyDesign(), set(bad));
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      expect(!r.ok && r.error.path).toBe(Object.keys(bad)[0]);
    }
  });

  it('refuses unknown settings (prototype keys included) and an empty change', () => {
    const unknown = applyCommand(emptyDesign(), set({ vcpuRatio: 2, overcommitEverything: true }));
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'unknown-setting', path: 'overcommitEverything' });
    // JSON.parse makes "__proto__" an own key, as a payload from IPC would have it.
    const proto = applyCommand(emptyDesign(), set(JSON.parse('{"__proto__": {"vcpuRatio": 1}}') as Record<string, unknown>));
    expect(!proto.ok && proto.error.code).toBe('unknown-setting');
    expect(applyCommand(emptyDesign(), set({ toString: 1 })).ok).toBe(false);
    expect(!applyCommand(emptyDesign(), set({})).ok).toBe(true);
  });

  it('is all-or-nothing inside a batch', () => {
    const d = emptyDesign();
    const r = applyCommand(d, { type: 'batch', label: 'settings', commands: [set({ vcpuRatio: 2 }), set({ storageWarnPercent: 500 })] });
    expect(!r.ok && r.error.message).toMatch(/Step 2 \(setSettings\).*storageWarnPercent/);
  });

  it('passes the IPC command schema, which checks its shape', () => {
    expect(commandSchema.safeParse({ type: 'setSettings', settings: { vcpuRatio: 2 } }).success).toBe(true);
    expect(commandSchema.safeParse({ type: 'setSettings' }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'setSettings', settings: 3 }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'batch', label: 'b', commands: [{ type: 'setSettings', settings: {} }] }).success).toBe(true);
  });
});

describe('live validation after setSettings', () => {
  it('a capacity finding appears when the vCPU ratio drops and goes when it rises; incremental equals full', () => {
    const { lab, host } = busyHost();
    expect(lab.live.findings()).toEqual(lab.findings());
    expect(vcpuFindings(lab.design)).toEqual([]);

    // Per-hypervisor ratios are in force: the project-wide ratio does not apply to a host with a hypervisor.
    lab.settings({ vcpuRatio: 1 });
    expect(vcpuFindings(lab.design)).toEqual([]);
    expect(lab.live.findings()).toEqual(lab.findings());

    lab.settings({ useHypervisorRatios: false });
    const [f] = vcpuFindings(lab.design);
    expect(f?.targets).toEqual([host]);
    expect(f?.message).toMatch(/schedules 8 vCPUs on capacity for 3 \(4 threads × 1\)/);
    expect(f?.assumptions?.join('\n')).toMatch(/vCPU:pCPU overcommit 1:1 \(from the project setting\)/);
    expect(lab.live.findings()).toEqual(lab.findings());

    lab.settings({ vcpuRatio: 2.5 });
    expect(vcpuFindings(lab.design)).toEqual([]);
    expect(lab.live.findings()).toEqual(lab.findings());
  });

  it('the engine host: one command, one undo step; findings follow undo and redo', () => {
    const { lab, host } = busyHost();
    const engine = new EngineHost();
    engine.replace(lab.design);
    const ids = (fs: { ruleId: string }[]) => fs.map((x) => x.ruleId).filter((id) => id === 'host-vcpu-capacity');
    expect(ids(engine.snapshot().findings)).toEqual([]);

    const r = engine.handleRaw('designCommand', { command: { type: 'setSettings', settings: { useHypervisorRatios: false, vcpuRatio: 1 } } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.events).toEqual([{ type: 'settingsChanged', keys: ['useHypervisorRatios', 'vcpuRatio'] }]);
    expect(ids(r.value.snapshot.findings)).toEqual(['host-vcpu-capacity']);
    expect(r.value.snapshot.findings).toEqual(validateDesign(engine.current()));
    const ledger = engine.handle('ledger', { id: host });
    expect(ledger.ok && ledger.value.lines.find((l) => l.resource === 'vcpu')?.capacity).toBe(3);

    const undone = engine.handle('designUndo', {});
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.value.design.topology.settings).toEqual(DEFAULT_SETTINGS);
    expect(ids(undone.value.findings)).toEqual([]);
    expect(undone.value.canUndo).toBe(false);

    const redone = engine.handle('designRedo', {});
    expect(redone.ok && ids(redone.value.findings)).toEqual(['host-vcpu-capacity']);

    const refused = engine.handleRaw('designCommand', { command: { type: 'setSettings', settings: { vcpuRatio: -1 } } });
    expect(!refused.ok && refused.error.path).toBe('vcpuRatio');
    expect(engine.current().topology.settings.vcpuRatio).toBe(1);
  });

  it('a batch of a settings change and an edit validates like a full pass', () => {
    const { lab, hv } = busyHost();
    const live = new LiveValidator();
    live.full(lab.design);
    const r = applyCommand(lab.design, {
      type: 'batch', label: 'tighten',
      commands: [set({ ramHeadroomPercent: 50 }), { type: 'addNode', kind: 'vm', parentId: hv, position: { x: 0, y: 0 }, props: { ramMiB: 30_000 } }],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(live.update(r.value.design, r.value.events)).toEqual(validateDesign(r.value.design));
    expect(validateDesign(r.value.design).map((f) => f.ruleId)).toContain('host-ram-headroom');
  });
});

describe('ledger assumptions follow the settings', () => {
  const line = (l: Ledger, resource: string): LedgerLine => l.lines.find((x) => x.resource === resource)!;
  const ledgerOf = (live: LiveValidator, id: NodeId): Ledger => {
    const r = live.ledger(id);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it('says which ratio is used, from where, and the figures it gives', () => {
    const { lab, host } = busyHost();
    const before = ledgerOf(lab.live, host);
    expect(line(before, 'vcpu').assumptions.join('\n')).toMatch(/overcommit 4:1 \(from KVM \(Linux\) "kvm"'s policy\)/);
    expect(line(before, 'ram').assumptions.join('\n')).toMatch(/RAM overcommit 120 % \(from KVM \(Linux\) "kvm"'s policy\)/);

    lab.settings({ useHypervisorRatios: false, vcpuRatio: 1.5, ramOvercommitPercent: 150 });
    const after = ledgerOf(lab.live, host);
    expect(line(after, 'vcpu')).toMatchObject({ capacity: Math.floor(4 * 1.5 * 0.97) });
    expect(line(after, 'vcpu').assumptions.join('\n')).toMatch(/overcommit 1\.5:1 \(from the project setting\)/);
    expect(line(after, 'ram')).toMatchObject({ capacity: 64 * 1024 * 1.5 });
    expect(line(after, 'ram').assumptions.join('\n')).toMatch(/RAM overcommit 150 % \(from the project setting\): guests may be promised up to 98304 MiB/);
  });

  it('names the host OS reservation, the powered-off policy and the storage warning level as set', () => {
    const lab = new TopologyBuilder();
    const h = lab.host('laptop', { ramGiB: 32 });
    const hv = lab.hypervisor(lab.hostOs(h), 'virtualbox');
    lab.vm(hv, 'off', { state: 'stopped' });
    const pool = lab.pool('nas', { capacityGiB: 1000 });
    lab.storagePath(h, pool);
    const ram = () => line(ledgerOf(lab.live, h), 'ram').assumptions.join('\n');
    const written = () => line(ledgerOf(lab.live, pool), 'storage-written').assumptions.join('\n');
    expect(ram()).toMatch(/host OS keeps 2048 MiB/);
    expect(ram()).toMatch(/1 stopped or suspended VM\(s\) hold no RAM/);
    expect(written()).toMatch(/above 85 % \(project setting storageWarnPercent\)/);

    lab.settings({ hostOsRamMiB: 4096, countPoweredOffVms: true, storageWarnPercent: 70 });
    expect(ram()).toMatch(/host OS keeps 4096 MiB/);
    expect(ram()).toMatch(/Stopped and suspended VMs are counted as reservations/);
    expect(written()).toMatch(/above 70 % \(project setting storageWarnPercent\)/);
  });
});
