import { LATEST_FORMAT_VERSION } from './migrations/registry';

/** The latest project file format this build writes. Only grows; each step is a migration. */
export const FORMAT_VERSION = LATEST_FORMAT_VERSION;
export const PROJECT_KIND = 'virtlab-project';
/** The fields of a `*.virtlab.json` file around the design. */
export const ENVELOPE_KEYS = ['kind', 'formatVersion', 'app', 'topology', 'layout', 'scenarios'] as const;
