import type { Command } from '../../../shared/engine/commands/types';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../shared/model';
import { MAX_MBPS, MAX_MIB } from '../../../shared/schema/kinds/common';
import { parseNumber, type Unit } from '../inspector/units';

type KeysOf<V> = { [K in keyof ProjectSettings]: ProjectSettings[K] extends V ? K : never }[keyof ProjectSettings];
export type NumberSettingKey = KeysOf<number>;
export type ToggleSettingKey = KeysOf<boolean>;

interface Base {
  label: string;
  /** What the setting means, in a sentence a student understands. */
  help: string;
  /** The ids of the rules whose findings depend on it. */
  rules: readonly string[];
  /** Other readers: the Inspector's capacity ledger, the migration pre-flight. */
  alsoUsedBy: readonly string[];
}
export type NumberSetting = Base & { type: 'number'; key: NumberSettingKey; unit?: Unit; min: number; max: number };
export type ToggleSetting = Base & { type: 'toggle'; key: ToggleSettingKey };
export type SettingField = NumberSetting | ToggleSetting;
export interface SettingSection { title: string; fields: readonly SettingField[] }

// The host capacity rules all measure a host the same way (shared/engine/ledger/hostUsage.ts), so a
// setting of that measurement reaches each of them.
const HOST_CAPACITY = { rules: ['host-ram-capacity', 'host-ram-headroom', 'host-vcpu-capacity', 'cluster-ha-admission'], alsoUsedBy: ['capacity ledger', 'migration pre-flight'] };
const HOST_RAM = { rules: ['host-ram-capacity', 'host-ram-headroom', 'cluster-ha-admission'], alsoUsedBy: ['capacity ledger', 'migration pre-flight'] };

/**
 * Every project setting, described once: the Project Settings dialog is drawn from this and
 * docs/settings.md lists the same. Bounds are those of the file format's strict schema
 * (shared/schema/settings.ts), so whatever a saved project holds can be shown and kept.
 */
export const SETTING_SECTIONS: readonly SettingSection[] = [
  {
    title: 'Overcommit',
    fields: [
      {
        type: 'toggle', key: 'useHypervisorRatios', label: 'Use each hypervisor’s own ratios',
        help: 'On: a host is measured with its hypervisor’s overcommit policy (set in the Inspector); the two ratios below apply only to hosts without a hypervisor. Off: the ratios below apply to every host.',
        ...HOST_CAPACITY,
      },
      {
        type: 'number', key: 'vcpuRatio', label: 'vCPU : pCPU ratio', unit: '×', min: 0.1, max: 64,
        help: 'How many virtual CPUs may share one hardware thread (CPU overcommit). 4 means four vCPUs per thread; 1 means no overcommit.',
        rules: ['host-vcpu-capacity', 'cluster-ha-admission'], alsoUsedBy: ['capacity ledger', 'migration pre-flight'],
      },
      {
        type: 'number', key: 'ramOvercommitPercent', label: 'RAM overcommit', unit: '%', min: 1, max: 1000,
        help: 'How much RAM guests may be promised, as a percent of the host’s physical RAM. 100 % means no overcommit; above it relies on ballooning, page sharing or swap.',
        ...HOST_RAM,
      },
    ],
  },
  {
    title: 'What counts against a host',
    fields: [
      {
        type: 'number', key: 'hostOsRamMiB', label: 'Host OS memory', unit: 'MiB', min: 0, max: MAX_MIB,
        help: 'RAM a host OS keeps for itself under a Type-2 hypervisor or containers, taken before any guest runs.',
        ...HOST_RAM,
      },
      {
        type: 'toggle', key: 'countPoweredOffVms', label: 'Count stopped and suspended VMs',
        help: 'On: stopped and suspended VMs keep their RAM and vCPUs reserved on their host (a reservation policy). Off: only powered-on VMs count.',
        ...HOST_CAPACITY,
      },
      {
        type: 'toggle', key: 'countContainerLimits', label: 'Count container limits as used',
        help: 'On: each container’s RAM and CPU limits count as fully used on its host. Off: containers are not counted.',
        ...HOST_CAPACITY,
      },
    ],
  },
  {
    title: 'Headroom and warnings',
    fields: [
      {
        type: 'number', key: 'ramHeadroomPercent', label: 'RAM headroom', unit: '%', min: 0, max: 100,
        help: 'Free RAM to keep on each host, as a percent of its RAM capacity (physical RAM × overcommit), for spikes, migrations and failover.',
        rules: ['host-ram-headroom'], alsoUsedBy: ['migration pre-flight'],
      },
      {
        type: 'number', key: 'cpuHeadroomPercent', label: 'CPU headroom', unit: '%', min: 0, max: 100,
        help: 'Free vCPU capacity to keep on each host, as a percent of threads × vCPU ratio. 0 % warns only past the ratio itself.',
        rules: ['host-vcpu-capacity'], alsoUsedBy: [],
      },
      {
        type: 'number', key: 'storageWarnPercent', label: 'Storage warning level', unit: '%', min: 0, max: 100,
        help: 'A storage pool whose written data passes this percent of its capacity is reported before it fills.',
        rules: ['storage-usage-warning'], alsoUsedBy: ['capacity ledger'],
      },
    ],
  },
  {
    title: 'Migration',
    fields: [
      {
        type: 'number', key: 'minMigrationBandwidthMbps', label: 'Minimum migration bandwidth', unit: 'Mbit/s', min: 0, max: MAX_MBPS,
        help: 'A migration network slower than this is reported as too slow: live migration copies the VM’s memory over it while the guest keeps writing.',
        rules: [], alsoUsedBy: ['migration pre-flight'],
      },
    ],
  },
];

export const SETTING_FIELDS: readonly SettingField[] = SETTING_SECTIONS.flatMap((s) => s.fields);

/** The rules whose findings some setting changes. */
export const SETTING_RULES: ReadonlySet<string> = new Set(SETTING_FIELDS.flatMap((f) => f.rules));

/** "Used by host-vcpu-capacity, cluster-ha-admission, the capacity ledger and the migration pre-flight." */
export function usedByText(field: SettingField): string {
  const parts = [...field.rules, ...field.alsoUsedBy.map((x) => `the ${x}`)];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0] ?? 'nothing yet';
  return `Used by ${list}.`;
}

/** What the dialog holds while a person edits: the text typed in number fields, the state of toggles. */
export type SettingsDraft = { [K in NumberSettingKey]: string } & { [K in ToggleSettingKey]: boolean };

/** A number as a person would type it (no trailing zeros, no exponent for ordinary values). */
export const formatNumber = (n: number): string => String(+n.toFixed(6));

/** The draft showing some settings as they are. */
export function draftOf(settings: ProjectSettings): SettingsDraft {
  const out: Record<string, string | boolean> = {};
  for (const f of SETTING_FIELDS) out[f.key] = f.type === 'number' ? formatNumber(settings[f.key]) : settings[f.key];
  return out as SettingsDraft;
}

/** The draft of the defaults (Reset to defaults). */
export const defaultDraft = (): SettingsDraft => draftOf(DEFAULT_SETTINGS);

/** Parses one number field: the field's unit (or a related one: "2 GiB", "10 Gbit/s") within its bounds. */
export function parseSetting(field: NumberSetting, text: string) {
  return parseNumber(text, { ...(field.unit ? { unit: field.unit } : {}), min: field.min, max: field.max });
}

export type DraftCheck =
  | { ok: true; settings: ProjectSettings }
  | { ok: false; errors: Partial<Record<NumberSettingKey, string>> };

/** Reads a draft: the settings it describes, or for each field that does not parse, why. */
export function checkDraft(draft: SettingsDraft): DraftCheck {
  const out: Record<string, number | boolean> = {};
  const errors: Partial<Record<NumberSettingKey, string>> = {};
  for (const f of SETTING_FIELDS) {
    if (f.type === 'toggle') { out[f.key] = draft[f.key]; continue; }
    const p = parseSetting(f, draft[f.key]);
    if (p.ok) out[f.key] = p.value; else errors[f.key] = p.error;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, settings: out as unknown as ProjectSettings };
}

/** The settings that differ from the current ones, in the dialog's order. */
export function changedSettings(current: ProjectSettings, next: ProjectSettings): Partial<ProjectSettings> {
  const out: Record<string, number | boolean> = {};
  for (const f of SETTING_FIELDS) if (!Object.is(current[f.key], next[f.key])) out[f.key] = next[f.key];
  return out as Partial<ProjectSettings>;
}

/** The one command Apply sends, or null when the draft changes nothing. */
export function settingsCommand(current: ProjectSettings, next: ProjectSettings): Command | null {
  const settings = changedSettings(current, next);
  return Object.keys(settings).length ? { type: 'setSettings', settings } : null;
}
