import type { ValidationContext } from '../../validation/context';

/** affects() for pool-level rules: a changed pool, or the pool a changed disk lives in. */
export function addPoolOf(ctx: ValidationContext, changed: string, add: (s: string) => void): void {
  const n = ctx.node(changed);
  if (n) {
    if (n.kind === 'storagePool') add(n.id);
    return;
  }
  const e = ctx.edge(changed);
  if (e?.relation === 'backedBy') add(e.target);
}
