import type { Design, EdgeId, NodeId } from '../../shared/model';
import type { Finding, Severity } from '../../shared/engine/rules/types';

/** One element or connection a finding points at, named for people. */
export interface NamedTarget { id: string; kind: string; name: string }

/** Resolves a finding's target ids to names: elements by name, connections as "a → b". */
export function nameTargets(design: Design, ids: readonly string[]): NamedTarget[] {
  const { nodes, edges } = design.topology;
  return ids.map((id) => {
    const n = nodes.get(id as NodeId);
    if (n) return { id, kind: n.kind, name: n.name };
    const e = edges.get(id as EdgeId);
    if (e) return { id, kind: e.relation, name: `${nodes.get(e.source)?.name ?? e.source} → ${nodes.get(e.target)?.name ?? e.target}` };
    return { id, kind: 'unknown', name: id };
  });
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; stable within a severity. */
export const bySeverity = (findings: readonly Finding[]): Finding[] =>
  findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map(({ f }) => f);

/** "1 error, 2 warnings, 0 info". */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
