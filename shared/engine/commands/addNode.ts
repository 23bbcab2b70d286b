import { DEFAULT_PROPS, nodeId, type Design, type Element } from '../../model';
import { canNestKind } from '../queries/nesting';
import { fail, ok } from '../result';
import type { Command, CommandResult } from './types';
import type { Draft } from './draft';
import { checkElement } from './checkShape';
import { mergeProps } from './mergeProps';

/** Adds an element of a kind with its defaults, optionally nested in a parent. */
export function addNode(d: Design, cmd: Extract<Command, { type: 'addNode' }>, draft: Draft): CommandResult {
  const t = d.topology;
  const parentId = cmd.parentId ?? null;
  const parent = parentId ? t.nodes.get(parentId) : undefined;
  if (parentId && !parent) return fail('unknown-node', `No element with id "${parentId}" to nest into.`);
  const nest = canNestKind(cmd.kind, parent?.kind ?? null);
  if (!nest.ok) return nest;
  const id = nodeId(`${cmd.kind}-${t.nextSeq}`);
  const base = { ...DEFAULT_PROPS[cmd.kind], id, kind: cmd.kind, parentId } as Element;
  const merged = mergeProps(base, cmd.props ?? {});
  if (!merged.ok) return merged;
  const checked = checkElement(merged.value);
  if (!checked.ok) return checked;
  const nodes = draft.writableMap(t.nodes).set(id, merged.value);
  const layout = draft.writable(d.layout);
  layout[id] = { x: cmd.position.x, y: cmd.position.y };
  return ok({
    design: { ...d, topology: { ...t, nodes, nextSeq: t.nextSeq + 1 }, layout },
    events: [{ type: 'nodeAdded', id, kind: cmd.kind, parentId }],
  });
}
