import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/engine/commands/apply';
import { emptyDesign } from '../../../shared/engine/design';
import { RULES } from '../../../shared/engine/rules/registry';
import { commandSchema } from '../../../shared/ipc/commandSchema';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { settingsSchema } from '../../../shared/schema/settings';
import {
  checkDraft, defaultDraft, draftOf, SETTING_FIELDS, settingsCommand, usedByText, type NumberSetting, type SettingsDraft,
} from '../../../renderer/src/settings/settingsFields';

const field = (key: string) => SETTING_FIELDS.find((f) => f.key === key)!;
const withText = (patch: Partial<SettingsDraft>): SettingsDraft => ({ ...defaultDraft(), ...patch });

describe('project settings description', () => {
  it('describes every setting exactly once, with a label, a sentence and what uses it', () => {
    expect(SETTING_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const f of SETTING_FIELDS) {
      expect(typeof DEFAULT_SETTINGS[f.key], f.key).toBe(f.type === 'number' ? 'number' : 'boolean');
      expect(f.label.length, f.key).toBeGreaterThan(3);
      expect(f.help, f.key).toMatch(/^[A-Z0-9].{30,}\.$/);
      expect(f.rules.length + f.alsoUsedBy.length, f.key).toBeGreaterThan(0);
    }
    expect(usedByText(field('vcpuRatio'))).toBe('Used by host-vcpu-capacity, cluster-ha-admission, the capacity ledger and the migration pre-flight.');
    expect(usedByText(field('minMigrationBandwidthMbps'))).toBe('Used by the migration pre-flight.');
  });

  it('names only rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const f of SETTING_FIELDS) for (const r of f.rules) expect(ids.has(r), `${f.key} -> ${r}`).toBe(true);
  });

  it('has the bounds of the strict settings schema, so any saved value can be shown and kept', () => {
    for (const f of SETTING_FIELDS.filter((x): x is NumberSetting => x.type === 'number')) {
      const at = (v: number) => settingsSchema.safeParse({ ...DEFAULT_SETTINGS, [f.key]: v }).success;
      expect(at(f.min), `${f.key} min`).toBe(true);
      expect(at(f.max), `${f.key} max`).toBe(true);
      expect(at(f.min - 0.01), `${f.key} below min`).toBe(false);
      expect(at(f.max + 1), `${f.key} above max`).toBe(false);
    }
  });
});

describe('the settings draft', () => {
  it('round-trips the defaults and any valid settings', () => {
    expect(checkDraft(defaultDraft())).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const odd = { ...DEFAULT_SETTINGS, vcpuRatio: 1.5, ramOvercommitPercent: 125, useHypervisorRatios: false, hostOsRamMiB: 3072 };
    expect(checkDraft(draftOf(odd))).toEqual({ ok: true, settings: odd });
  });

  it('reads related units and refuses with a reason per field', () => {
    const r = checkDraft(withText({ hostOsRamMiB: '4 GiB', minMigrationBandwidthMbps: '10 Gbit/s', vcpuRatio: ' 2 ' }));
    expect(r.ok && [r.settings.hostOsRamMiB, r.settings.minMigrationBandwidthMbps, r.settings.vcpuRatio]).toEqual([4096, 10_000, 2]);
    const bad = checkDraft(withText({ vcpuRatio: '0', ramHeadroomPercent: 'lots', storageWarnPercent: '120', hostOsRamMiB: '2 GB' }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual({
      vcpuRatio: 'Must be at least 0.1.',
      ramHeadroomPercent: '“lots” is not a number.',
      storageWarnPercent: 'Must be at most 100 %.',
      hostOsRamMiB: 'Use binary units: GiB (1 GiB = 1024 MiB).',
    });
  });

  it('Apply sends one command with only what changed, which the engine accepts', () => {
    const current = { ...DEFAULT_SETTINGS, vcpuRatio: 3 };
    expect(settingsCommand(current, current)).toBeNull();
    const next = checkDraft(withText({ vcpuRatio: '0.5', useHypervisorRatios: false }));
    if (!next.ok) throw new Error('draft refused');
    const cmd = settingsCommand(current, next.settings)!;
    // vcpuRatio differs from 3, useHypervisorRatios from true; the rest equals the defaults, as current does.
    expect(cmd).toEqual({ type: 'setSettings', settings: { useHypervisorRatios: false, vcpuRatio: 0.5 } });
    expect(commandSchema.safeParse(cmd).success).toBe(true);
    const d = emptyDesign();
    const applied = applyCommand({ ...d, topology: { ...d.topology, settings: current } }, cmd);
    expect(applied.ok && applied.value.design.topology.settings).toEqual(next.settings);
  });
});
