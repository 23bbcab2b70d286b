import type { Severity } from '../rules/types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos. */
export const severityRank = (s: Severity): number => RANK[s];

/** Plain string order (not locale-aware), so every run sorts alike. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
