import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import { preflight } from '../../../shared/engine/preflight/preflight';
import { applyMigrationCommand, freeSlot } from '../../../renderer/src/simulation/applyResult';
import { destinationChoices, EMPTY_FORM, fromSelection, labScenario, policyFields, toRequest, vmChoices, withVm } from '../../../renderer/src/simulation/migrationForm';
import { run, twoHosts } from './fixtures';

describe('migration form', () => {
  const { b, a, c, vms } = twoHosts(2);
  const design = b.build();

  it('lists VMs on hypervisors and the other hosts as destinations', () => {
    expect(vmChoices(design).map((v) => v.label)).toEqual(['vm-1', 'vm-2']);
    expect(destinationChoices(design, vms[0]!).map((d) => d.id)).toEqual([c.host]);
    expect(destinationChoices(design, null).map((d) => d.id).sort()).toEqual([a.host, c.host].sort());
  });

  it('takes the workload defaults from the chosen VM and keeps a destination that is still valid', () => {
    const f = withVm(design, EMPTY_FORM, vms[0]!);
    expect(f).toMatchObject({ vm: vms[0], destination: c.host, dirtyRateMiBs: '20', wwsMiB: '1024' });
  });

  it('reads the canvas selection: a VM is the VM, a host or hypervisor elsewhere is the destination', () => {
    expect(fromSelection(design, [vms[1]!, c.hv], EMPTY_FORM)).toMatchObject({ vm: vms[1], destination: c.host });
    // The VM's own host is not a destination.
    expect(fromSelection(design, [vms[0]!, a.host], EMPTY_FORM).destination).toBe(c.host);
  });

  it('shows only the fields of the chosen mode and policy', () => {
    expect(policyFields('precopy', 'threshold')).toEqual({ threshold: true, maxRounds: true, qemu: false });
    expect(policyFields('precopy', 'qemu')).toEqual({ threshold: false, maxRounds: false, qemu: true });
    expect(policyFields('postcopy', 'qemu')).toEqual({ threshold: false, maxRounds: false, qemu: false });
  });

  it('turns text into numbers and says which field is not a number', () => {
    const f = { ...withVm(design, EMPTY_FORM, vms[0]!), policy: 'qemu' as const, downtimeLimitMs: 'fast', dirtyRateMiBs: '' };
    const r = toRequest(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual({ downtimeLimitMs: '"fast" is not a number.', dirtyRateMiBs: 'Required.' });
    const good = toRequest({ ...f, downtimeLimitMs: '150', dirtyRateMiBs: '35,5', autoConverge: true, postcopyAfterSyncs: '' });
    expect(good.ok && good.request).toMatchObject({ options: { downtimeLimitMs: 150, maxBandwidthMiBs: 128, autoConverge: true }, workload: { dirtyRateMiBs: 35.5 } });
    expect(good.ok && 'postcopyAfterSyncs' in good.request.options).toBe(false);
  });

  it('needs a VM and a destination', () => {
    const r = toRequest(EMPTY_FORM);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual(expect.arrayContaining(['vm', 'destination']));
  });

  it('becomes a one-migration scenario the engine runs with the form\'s workload', () => {
    const req = toRequest({ ...withVm(design, EMPTY_FORM, vms[0]!), policy: 'threshold', dirtyRateMiBs: '40', wwsMiB: '300' });
    if (!req.ok) throw new Error('form');
    const s = labScenario(req.request, 'vm-1', null);
    const { log, report } = run(design, s);
    expect(log.find((e) => e.type === 'workload-changed')).toMatchObject({ workload: { dirtyRateMiBs: 40, wwsMiB: 300 } });
    expect(report.migrations[0]).toMatchObject({ vm: vms[0], to: c.host, status: 'completed', policy: 'threshold' });
  });

  it('copies the disks the pre-flight counted when a cold migration moves storage', () => {
    const req = toRequest({ ...withVm(design, EMPTY_FORM, vms[0]!), mode: 'cold' });
    if (!req.ok) throw new Error('form');
    const pre = preflight(design.topology, vms[0]!, c.host);
    if (!pre.ok) throw new Error(pre.error.message);
    const withDisks = { ...pre.value, storageMigration: { needed: true, disks: [], copyGiB: 2 } };
    const action = labScenario(req.request, 'vm-1', withDisks).actions[1]!;
    expect(action.type === 'migrate' && action.options).toMatchObject({ diskMiB: 2048 });
  });
});

describe('applying a migration result', () => {
  it('nests the VM into the destination hypervisor below what is there, through an engine command', () => {
    const { b, c, vms } = twoHosts(1);
    const design = b.build();
    const cmd = applyMigrationCommand(design, vms[0]!, c.host, null);
    if (!cmd.ok) throw new Error(cmd.reason);
    expect(cmd.hypervisor.id).toBe(c.hv);
    const applied = applyCommand(design, cmd.command);
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.design.topology.nodes.get(vms[0]!)!.parentId).toBe(c.hv);
    // A second VM lands below the first.
    const second = freeSlot(applied.value.design, c.hv);
    expect(second.y).toBeGreaterThan(applied.value.design.layout[vms[0]!]!.y);
  });

  it('refuses when the VM already runs there or the host has no hypervisor', () => {
    const { b, a, vms } = twoHosts(1);
    const design = b.build();
    const same = applyMigrationCommand(design, vms[0]!, a.host, null);
    expect(same.ok).toBe(false);
    const bare = b.add('host', { name: 'bare' });
    const none = applyMigrationCommand(b.build(), vms[0]!, bare, null);
    expect(!none.ok && none.reason).toMatch(/no hypervisor/);
  });
});
