import type { MigrationParams } from '../migration/params';

type NumericKey = 'thresholdMiB' | 'maxRounds' | 'downtimeLimitMs' | 'maxBandwidthMiBs' | 'postcopyAfterSyncs' | 'timeoutSPerGiB' | 'resumeMs'
  | 'deviceStateMiB' | 'rttMs' | 'touchedMiB' | 'diskMiB' | 'pageKiB' | 'touchRateMiBs';
type BooleanKey = 'autoConverge' | 'skipRedirtied' | 'prepaging' | 'forceComplete';

const NUMERIC: readonly NumericKey[] = [
  'thresholdMiB', 'maxRounds', 'downtimeLimitMs', 'maxBandwidthMiBs', 'postcopyAfterSyncs', 'timeoutSPerGiB', 'resumeMs',
  'deviceStateMiB', 'rttMs', 'touchedMiB', 'diskMiB', 'pageKiB', 'touchRateMiBs',
];
const BOOLEAN: readonly BooleanKey[] = ['autoConverge', 'skipRedirtied', 'prepaging', 'forceComplete'];

/** Option keys a scenario's `migrate` action may carry (the MigrationParams of the same name; forceComplete = timeoutAction force-complete). */
export const MIGRATE_OPTION_KEYS: readonly string[] = [...NUMERIC, ...BOOLEAN];

/** Turns a migrate action's `options` into migration parameters, or says which option is wrong. */
export function migrationOptions(options: Record<string, number | boolean> | undefined): { ok: true; params: Partial<MigrationParams> } | { ok: false; reason: string } {
  const params: Partial<MigrationParams> = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    if ((NUMERIC as readonly string[]).includes(key)) {
      if (typeof value !== 'number') return { ok: false, reason: `option ${key} must be a number` };
      params[key as NumericKey] = value;
    } else if ((BOOLEAN as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean') return { ok: false, reason: `option ${key} must be true or false` };
      if (key === 'forceComplete') params.timeoutAction = value ? 'force-complete' : 'abort';
      else params[key as Exclude<BooleanKey, 'forceComplete'>] = value;
    } else {
      return { ok: false, reason: `unknown migration option "${key}" (known: ${MIGRATE_OPTION_KEYS.join(', ')})` };
    }
  }
  return { ok: true, params };
}
