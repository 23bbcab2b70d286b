import { RELATION_ENDS, type NodeId, type RelationKind, type Topology } from '../../model';
import { fail, ok, type Result } from '../result';
import { kindLabel } from './nesting';

const RELATION_ORDER: RelationKind[] = ['attachedTo', 'backedBy', 'storagePath', 'uplinksTo', 'manages', 'balances', 'memberOf'];

/** Is there already a connection of this relation from source to target? (one pass, stops at the first) */
function hasConnection(t: Topology, r: RelationKind, source: NodeId, target: NodeId): boolean {
  for (const e of t.edges.values()) {
    if (e.source === source && e.target === target && e.relation === r) return true;
  }
  return false;
}

/**
 * Which relation a connection from source to target would be, or why none is allowed.
 * The canvas asks this for isValidConnection, so the engine stays the only authority.
 */
export function relationFor(t: Topology, source: NodeId, target: NodeId, wanted?: RelationKind): Result<RelationKind> {
  const s = t.nodes.get(source);
  const d = t.nodes.get(target);
  if (!s || !d) return fail('unknown-node', `No element with id "${!s ? source : target}".`);
  if (source === target) return fail('self-connection', `"${s.name}" cannot be connected to itself.`);
  const candidates = wanted ? [wanted] : RELATION_ORDER;
  for (const r of candidates) {
    const ends = RELATION_ENDS[r];
    if (ends.sources.includes(s.kind) && ends.targets.includes(d.kind)) {
      // A VM may have several vNICs on one VLAN and several disks in one pool; other relations once per pair.
      if (r !== 'backedBy' && r !== 'attachedTo' && hasConnection(t, r, source, target)) {
        return fail('duplicate-connection', `"${s.name}" already ${ends.label} "${d.name}".`);
      }
      return ok(r);
    }
  }
  const ways = RELATION_ORDER.filter((r) => RELATION_ENDS[r].sources.includes(s.kind))
    .map((r) => `${RELATION_ENDS[r].label} a ${RELATION_ENDS[r].targets.map(kindLabel).join(' or ')}`);
  const hint = ways.length ? ` A ${kindLabel(s.kind)} can be ${ways.join('; ')}.` : ` A ${kindLabel(s.kind)} has no outgoing connections; nest it instead.`;
  return fail('connection-not-allowed', `A ${kindLabel(s.kind)} cannot connect to a ${kindLabel(d.kind)}.${hint}`);
}
