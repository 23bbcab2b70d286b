import type { Design } from '../../model';
import { canNest } from '../queries/nesting';
import { fail, ok } from '../result';
import type { Command, CommandResult } from './types';
import type { Draft } from './draft';

/** Moves an element into another (runs on) or out onto the canvas (parentId null). */
export function nestNode(d: Design, cmd: Extract<Command, { type: 'nestNode' }>, draft: Draft): CommandResult {
  const t = d.topology;
  const node = t.nodes.get(cmd.id);
  if (!node) return fail('unknown-node', `No element with id "${cmd.id}".`);
  const allowed = canNest(t, cmd.id, cmd.parentId);
  if (!allowed.ok) return allowed;
  const nodes = draft.writableMap(t.nodes).set(cmd.id, { ...node, parentId: cmd.parentId });
  const layout = draft.writable(d.layout);
  layout[cmd.id] = { ...layout[cmd.id], x: cmd.position.x, y: cmd.position.y };
  return ok({
    design: { ...d, topology: { ...t, nodes }, layout },
    events: [{ type: 'nodeNested', id: cmd.id, from: node.parentId, to: cmd.parentId }],
  });
}
