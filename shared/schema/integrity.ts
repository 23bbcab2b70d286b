import { ALLOWED_PARENTS, RELATION_ENDS, type Element, type NodeId } from '../model';
import type { StoredDesign } from './storedDesign';

/** Largest nextSeq a file may hold. */
export const MAX_SEQ = Number.MAX_SAFE_INTEGER;

/**
 * The sequence number at the end of an id ("vm-12" -> 12), or undefined. Only up to 15 digits:
 * nextSeq must stay above every such number and still have room to grow.
 */
export function idSuffix(id: string): number | undefined {
  const m = /-(\d{1,15})$/.exec(id);
  return m ? Number(m[1]) : undefined;
}

export interface IntegrityIssue { path: (string | number)[]; message: string }

/**
 * Cross-record invariants the per-record schemas cannot see: keys match ids, references resolve,
 * nesting is allowed and acyclic, every element has a place, and new ids cannot collide.
 */
export function integrityIssues(d: StoredDesign): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const { nodes, edges, nextSeq } = d.topology;
  let maxSeq = 0;
  const seen = (id: string) => { maxSeq = Math.max(maxSeq, idSuffix(id) ?? 0); };
  for (const [key, n] of Object.entries(nodes) as [NodeId, Element][]) {
    seen(key);
    const path = ['topology', 'nodes', key];
    if (n.id !== key) issues.push({ path, message: `id "${n.id}" differs from its key "${key}"` });
    if (Object.hasOwn(edges, key)) issues.push({ path, message: `id "${key}" is used by an element and a connection` });
    if (n.parentId === null) continue;
    const parent = nodes[n.parentId];
    if (!parent) issues.push({ path: [...path, 'parentId'], message: `parent "${n.parentId}" does not exist` });
    else if (!ALLOWED_PARENTS[n.kind].includes(parent.kind)) issues.push({ path: [...path, 'parentId'], message: `a ${n.kind} cannot nest in a ${parent.kind}` });
  }
  for (const cycle of parentCycles(nodes)) issues.push({ path: ['topology', 'nodes', cycle[0]!, 'parentId'], message: `nesting loops: ${cycle.join(' → ')}` });
  for (const [key, e] of Object.entries(edges)) {
    seen(key);
    const path = ['topology', 'edges', key];
    if (e.id !== key) issues.push({ path, message: `id "${e.id}" differs from its key "${key}"` });
    const s = nodes[e.source];
    const t = nodes[e.target];
    if (!s || !t) { issues.push({ path, message: `end "${!s ? e.source : e.target}" does not exist` }); continue; }
    const ends = RELATION_ENDS[e.relation];
    if (e.source === e.target) issues.push({ path, message: 'connects an element to itself' });
    else if (!ends.sources.includes(s.kind) || !ends.targets.includes(t.kind)) issues.push({ path, message: `a ${s.kind} cannot be ${ends.label} a ${t.kind}` });
  }
  for (const id of Object.keys(nodes)) if (!Object.hasOwn(d.layout, id)) issues.push({ path: ['layout', id], message: 'element has no position' });
  for (const id of Object.keys(d.layout)) if (!Object.hasOwn(nodes, id)) issues.push({ path: ['layout', id], message: 'position of an element that does not exist' });
  if (nextSeq <= maxSeq) issues.push({ path: ['topology', 'nextSeq'], message: `${nextSeq} would reuse id number ${maxSeq}` });
  return issues;
}

/** Elements whose parent chain loops back on itself: each loop as its members, in parent order. */
export function parentCycles(nodes: Readonly<Record<string, { parentId: string | null }>>): string[][] {
  const state = new Map<string, 'walking' | 'done'>();
  const cycles: string[][] = [];
  for (const start of Object.keys(nodes)) {
    const chain: string[] = [];
    let cur: string | null = start;
    while (cur !== null && Object.hasOwn(nodes, cur) && !state.has(cur)) {
      state.set(cur, 'walking');
      chain.push(cur);
      cur = nodes[cur]!.parentId;
    }
    if (cur !== null && state.get(cur) === 'walking') cycles.push(chain.slice(chain.indexOf(cur)));
    for (const id of chain) state.set(id, 'done');
  }
  return cycles;
}
