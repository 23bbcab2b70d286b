import type { Host, Vlan } from '../../../model';
import type { RelationOf, ValidationContext } from '../../validation/context';
import { addEdgesInNetworkScope, addInEdges } from './deps';

/** A vNIC (attachedTo edge) with its VLAN and the physical host its owner runs on. */
export interface Vnic { edge: RelationOf<'attachedTo'>; vlan: Vlan; host: Host | undefined }

/** The attachment, if it is one to a VLAN element. */
export function vnic(ctx: ValidationContext, id: string): Vnic | undefined {
  const edge = ctx.edgeOf(id, 'attachedTo');
  const vlan = ctx.nodeOf(edge?.target, 'vlan');
  return edge && vlan ? { edge, vlan, host: ctx.hostOf(edge.source) } : undefined;
}

/**
 * affects() for rules checking vNICs against their host's network (uplinks, vSwitches, port groups):
 * the edge itself, every vNIC of a changed VLAN, every vNIC in the changed element's host (or cluster),
 * and, for a changed physical switch, the vNICs of the hosts wired to it.
 */
export function addVnicsAffectedBy(ctx: ValidationContext, changed: string, add: (s: string) => void): void {
  const n = ctx.node(changed);
  if (n?.kind === 'vlan') return addInEdges(ctx, n.id, 'attachedTo', add);
  if (n?.kind === 'physicalSwitch') {
    for (const e of ctx.ix.in(n.id)) if (e.relation === 'uplinksTo') addEdgesInNetworkScope(ctx, e.id, 'attachedTo', add);
    return;
  }
  if (ctx.edge(changed)?.relation === 'attachedTo') add(changed);
  addEdgesInNetworkScope(ctx, changed, 'attachedTo', add);
}
