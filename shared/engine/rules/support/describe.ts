import type { Element, NodeId } from '../../../model';
import { kindLabel } from '../../queries/nesting';
import type { ValidationContext } from '../../validation/context';

/** `VM "web-1"` — how findings name an element. */
export const named = (n: Element): string => `${kindLabel(n.kind)} "${n.name}"`;

/** `"web-1"` for an id, or the id itself when it is gone. */
export const nameOf = (ctx: ValidationContext, id: NodeId | string): string => {
  const n = ctx.node(id);
  return n ? `"${n.name}"` : `"${id}"`;
};

/** Where a quick-fix places an element it nests or adds inside another. */
export const FIX_POSITION = { x: 24, y: 48 } as const;

/** Ids in a stable order (findings and fixes must not depend on map order). */
export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
