import type { Finding, Severity } from '../../../shared/engine/rules/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings by severity (errors first), each group in a stable order: rule id, then message. */
export function groupFindings(findings: readonly Finding[]): { severity: Severity; findings: Finding[] }[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity)
      .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message)),
  })).filter((g) => g.findings.length > 0);
}

/** Counts per severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
