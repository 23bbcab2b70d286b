import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/engine/rules/types';
import { countFindings, groupFindings } from '../../../renderer/src/diagnostics/groupFindings';

const f = (ruleId: string, severity: Finding['severity'], message = ruleId): Finding => ({ ruleId, severity, message, explanation: 'x', targets: [], fixes: [] });

describe('diagnostics grouping', () => {
  it('groups by severity, errors first, sorted by rule then message, empty groups dropped', () => {
    const g = groupFindings([f('b', 'warning'), f('z', 'error', '2'), f('a', 'warning'), f('z', 'error', '1')]);
    expect(g.map((x) => x.severity)).toEqual(['error', 'warning']);
    expect(g[0]!.findings.map((x) => x.message)).toEqual(['1', '2']);
    expect(g[1]!.findings.map((x) => x.ruleId)).toEqual(['a', 'b']);
  });
  it('counts', () => {
    expect(countFindings([f('a', 'info'), f('b', 'error'), f('c', 'info')])).toEqual({ error: 1, warning: 0, info: 2 });
  });
});
