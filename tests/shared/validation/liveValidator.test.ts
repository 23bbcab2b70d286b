import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import type { Command } from '../../../shared/engine/commands/types';
import { LiveValidator } from '../../../shared/engine/validation/liveValidator';
import { validateDesign } from '../../../shared/engine/validation/validate';
import { kvmLab, TopologyBuilder } from '../builders/topologyBuilder';

describe('validateDesign', () => {
  it('finds nothing wrong in a small working lab', () => {
    expect(validateDesign(kvmLab().lab.design)).toEqual([]);
  });

  it('orders errors before warnings before infos, each with a stable key', () => {
    const lab = new TopologyBuilder();
    const old = lab.host('old', { cpuModel: 'atom-legacy', cpuFeatures: [] });
    const slow = lab.vm(lab.hypervisor(lab.hostOs(old), 'qemu-tcg'), 'slow'); // info
    const vc = lab.managementServer('vc'); // warning
    const pv = lab.vm(lab.hypervisor(lab.host('h'), 'kvm'), 'pv', { mode: 'pv' }); // error
    const f = validateDesign(lab.design);
    expect(f.map((x) => x.severity)).toEqual(['error', 'warning', 'info']);
    expect(f.map((x) => x.key)).toEqual([`pv-needs-xen|${pv}|0`, `management-server-manages-something|${vc}|0`, `binary-translation-fallback|${slow}|0`]);
  });

  it('turns a rule that throws on a damaged element into a warning instead of failing', () => {
    const lab = new TopologyBuilder();
    const p = lab.pool('weird');
    lab.storagePath(lab.host('h'), p);
    // Commands refuse such a value, so damage it the way a hand-edited design would arrive.
    const nodes = lab.design.topology.nodes;
    lab.design = { ...lab.design, topology: { ...lab.design.topology, nodes: new Map(nodes).set(p, { ...nodes.get(p)!, poolType: 'tape-library' } as never) } };
    const f = validateDesign(lab.design).find((x) => x.message.includes('could not check'));
    expect(f?.severity).toBe('warning');
  });
});

describe('LiveValidator', () => {
  it('re-checks after an edit and after undo (no events: it diffs)', () => {
    const { lab, nic } = kvmLab();
    const live = new LiveValidator();
    const before = lab.design;
    live.full(before);
    lab.set(nic, { ip: '192.168.0.9' });
    expect(live.update(lab.design, [{ type: 'propsChanged', id: nic, keys: ['ip'] }]).map((f) => f.ruleId)).toEqual(['ip-in-subnet']);
    expect(live.update(before)).toEqual([]);
  });

  it('falls back to a full pass when settings change', () => {
    const { lab } = kvmLab();
    const live = new LiveValidator();
    live.full(lab.design);
    const tight = { ...lab.design, topology: { ...lab.design.topology, settings: { ...lab.design.topology.settings, ramHeadroomPercent: 99.9 } } };
    expect(live.update(tight).map((f) => f.ruleId)).toEqual(['host-ram-headroom']);
  });

  it('serves the ledger and pre-flight of the design it holds', () => {
    const { lab, host, vm } = kvmLab();
    const live = new LiveValidator();
    live.full(lab.design);
    const l = live.ledger(host);
    expect(l.ok && l.value.lines.map((x) => x.resource)).toEqual(['ram', 'vcpu', 'network', 'nic-ports', 'local-storage']);
    const p = live.preflight(vm, host);
    expect(p.ok && p.value.groups.hypervisor.errors[0]!.message).toMatch(/already runs/);
  });
});

describe('EngineHost wiring', () => {
  const add = (kind: string, parentId: string | null, props: Record<string, unknown> = {}): Command =>
    ({ type: 'addNode', kind, parentId, position: { x: 0, y: 0 }, props }) as Command;

  it('puts findings in every snapshot, through commands, undo and redo', () => {
    const host = new EngineHost();
    host.handle('designCommand', { command: add('host', null) });
    host.handle('designCommand', { command: add('hypervisor', 'host-1') });
    const r = host.handle('designCommand', { command: add('vm', 'hypervisor-2', { mode: 'pv' }) });
    expect(r.ok && r.value.snapshot.findings.map((f) => f.ruleId)).toEqual(['pv-needs-xen']);
    const undone = host.handle('designUndo', {});
    expect(undone.ok && undone.value.findings).toEqual([]);
    const redone = host.handle('designRedo', {});
    expect(redone.ok && redone.value.findings.map((f) => f.ruleId)).toEqual(['pv-needs-xen']);
  });

  it('applies a quick-fix as one command (one undo step)', () => {
    const host = new EngineHost();
    host.handle('designCommand', { command: add('host', null) });
    const r = host.handle('designCommand', { command: add('hypervisor', 'host-1', { family: 'xen', hypervisorType: 1, modes: ['para', 'hw-assisted', 'hybrid'] }) });
    const fix = r.ok ? r.value.snapshot.findings.find((f) => f.ruleId === 'xen-requires-dom0')!.fixes[0]! : undefined;
    const fixed = host.handle('designCommand', { command: fix!.command });
    expect(fixed.ok && fixed.value.snapshot.findings).toEqual([]);
    const undone = host.handle('designUndo', {});
    expect(undone.ok && undone.value.findings.map((f) => f.ruleId)).toEqual(['xen-requires-dom0']);
  });

  it('answers the ledger and preflight channels, with payloads checked by the contract', () => {
    const host = new EngineHost();
    host.handle('designCommand', { command: add('host', null) });
    const ledger = host.handleRaw('ledger', { id: 'host-1' });
    expect(ledger.ok && ledger.value.kind).toBe('host');
    expect(host.handleRaw('ledger', { id: 42 }).ok).toBe(false);
    const pf = host.handleRaw('preflight', { vm: 'host-1', destination: 'host-1' });
    expect(!pf.ok && pf.error.code).toBe('not-a-vm');
    expect(host.handleRaw('preflight', { vm: 'x' }).ok).toBe(false);
  });
});
