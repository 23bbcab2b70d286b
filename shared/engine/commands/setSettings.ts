import type { Design, ProjectSettings } from '../../model';
import { settingsSchema } from '../../schema/settings';
import { fail, ok } from '../result';
import type { Command, CommandResult } from './types';

type SettingKey = keyof ProjectSettings;

/**
 * Changes project settings (the thresholds and ratios the rules use). The merged settings must pass
 * the strict settings schema, so a command can never store what a saved file would have to repair.
 * Only keys whose value actually changes are reported; changing nothing leaves the design as it was.
 */
export function setSettings(d: Design, cmd: Extract<Command, { type: 'setSettings' }>): CommandResult {
  const current = d.topology.settings;
  const patch = cmd.settings as Record<string, unknown>;
  const keys = Object.keys(patch);
  if (keys.length === 0) return fail('empty-settings', 'setSettings needs at least one setting to change.');
  for (const key of keys) {
    // Own keys only: "__proto__" or "toString" are not settings even though `in` would find them.
    if (!Object.hasOwn(current, key)) return fail('unknown-setting', `Project settings were not changed: there is no setting "${key}".`, key);
  }
  const merged = { ...current, ...patch };
  const r = settingsSchema.safeParse(merged);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const path = issue.path.map(String).join('.');
    return fail('invalid-value', `Project settings were not changed: ${path || 'settings'}: ${issue.message}.`, path);
  }
  const changed = keys.filter((k) => !Object.is(current[k as SettingKey], merged[k as SettingKey])) as SettingKey[];
  if (changed.length === 0) return ok({ design: d, events: [] });
  return ok({
    design: { ...d, topology: { ...d.topology, settings: merged as ProjectSettings } },
    events: [{ type: 'settingsChanged', keys: changed }],
  });
}
