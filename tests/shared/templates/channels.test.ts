import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import { validateDesign } from '../../../shared/engine/validation/validate';
import { TEMPLATES } from '../../../shared/templates/registry';

describe('template channels on the engine host', () => {
  it('templateList gives what the picker shows, in registry order', () => {
    const r = new EngineHost().handleRaw('templateList', {});
    expect(r.ok && r.value.templates.map((t) => t.id)).toEqual(TEMPLATES.map((t) => t.id));
    expect(r.ok && r.value.templates[0]).toEqual({ id: 'xen-lab', title: 'Xen lab', description: TEMPLATES[0]!.description });
  });

  it('templateNew replaces the design with the template, as a fresh history', () => {
    const host = new EngineHost();
    host.handleRaw('designCommand', { command: { type: 'addNode', kind: 'vlan', position: { x: 0, y: 0 } } });
    const r = host.handleRaw('templateNew', { id: 'vsphere-cluster' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.warnings).toEqual([]);
    expect(r.value.snapshot.design).toEqual(TEMPLATES.find((t) => t.id === 'vsphere-cluster')!.build());
    expect(r.value.snapshot.canUndo).toBe(false);
  });

  it('templateNew refuses an unknown id and a malformed request, leaving the design alone', () => {
    const host = new EngineHost();
    const before = host.current();
    const unknown = host.handleRaw('templateNew', { id: 'mainframe' });
    expect(!unknown.ok && unknown.error.code).toBe('unknown-template');
    const malformed = host.handleRaw('templateNew', { id: '' });
    expect(!malformed.ok && malformed.error.code).toBe('bad-request');
    expect(host.current()).toBe(before);
  });
});

describe('duplicate through the engine host', () => {
  it('keeps the incremental findings equal to a full validation', () => {
    const host = new EngineHost();
    host.handleRaw('templateNew', { id: 'vsphere-cluster' });
    const design = host.current();
    const esx1 = [...design.topology.nodes.values()].find((n) => n.name === 'esx-01')!;
    const r = host.handleRaw('designCommand', { command: { type: 'duplicate', ids: [esx1.id], offset: { x: 40, y: 40 } } });
    if (!r.ok) throw new Error(r.error.message);
    const full = validateDesign(host.current());
    const text = (fs: typeof full) => fs.map((f) => `${f.key} ${f.ruleId}: ${f.message}`).sort();
    expect(text(r.value.snapshot.findings)).toEqual(text(full));
    // Only connections among the copies are copied: the copied host has no path to the SAN and the
    // copied vCenter manages nothing, and the rules say so at once.
    expect(r.value.snapshot.findings.map((f) => f.ruleId).sort()).toEqual(['ha-needs-shared-storage', 'management-server-manages-something']);
  });
});
