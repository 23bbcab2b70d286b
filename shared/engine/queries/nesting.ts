import { ALLOWED_PARENTS, type Kind, type NodeId, type Topology } from '../../model';
import { fail, ok, type Result } from '../result';
import { ancestorsOf } from './nodes';

const KIND_LABEL: Record<Kind, string> = {
  host: 'physical host', hostOs: 'host OS', hypervisor: 'hypervisor', dom0: 'Xen Dom0', vm: 'VM', container: 'container',
  vswitch: 'virtual switch', vlan: 'VLAN', physicalSwitch: 'physical switch', storagePool: 'storage pool', cluster: 'cluster',
  managementServer: 'management server', loadBalancer: 'load balancer', desktopPool: 'desktop pool',
};

/** A human name for a kind ("Xen Dom0", "host OS"). */
export const kindLabel = (k: Kind): string => KIND_LABEL[k];

/** Can an element of this kind run on (nest in) that parent? Explains why not. */
export function canNestKind(childKind: Kind, parentKind: Kind | null): Result<true> {
  if (parentKind === null) return ok(true);
  const allowed = ALLOWED_PARENTS[childKind];
  if (allowed.includes(parentKind)) return ok(true);
  const where = allowed.length === 0 ? 'only on the canvas itself' : `only on a ${allowed.map(kindLabel).join(' or ')}`;
  return fail('nest-not-allowed', `A ${kindLabel(childKind)} cannot run on a ${kindLabel(parentKind)}: it goes ${where}.`);
}

/** Can this existing element move into that parent (kind allowed, no cycle)? */
export function canNest(t: Topology, child: NodeId, parent: NodeId | null): Result<true> {
  const c = t.nodes.get(child);
  if (!c) return fail('unknown-node', `No element with id "${child}".`);
  if (parent === null) return canNestKind(c.kind, null);
  const p = t.nodes.get(parent);
  if (!p) return fail('unknown-node', `No element with id "${parent}".`);
  if (parent === child || ancestorsOf(t, parent).some((a) => a.id === child)) {
    return fail('nest-cycle', `"${c.name}" cannot be placed inside itself or one of its own children.`);
  }
  return canNestKind(c.kind, p.kind);
}
