import type { ValidationContext } from '../../validation/context';
import { addEdgesInNetworkScope, addInEdges } from './deps';

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
