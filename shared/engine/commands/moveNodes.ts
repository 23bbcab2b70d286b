import type { Design, NodeLayout } from '../../model';
import { fail, ok } from '../result';
import type { Command, CommandResult, DomainEvent } from './types';
import type { Draft } from './draft';

/** Moves (and optionally resizes) nodes on the canvas; positions are relative to the parent. */
export function moveNodes(d: Design, cmd: Extract<Command, { type: 'moveNodes' }>, draft: Draft): CommandResult {
  // Every move is checked first, so a refused one writes nothing.
  for (const m of cmd.moves) {
    if (!d.topology.nodes.has(m.id)) return fail('unknown-node', `No element with id "${m.id}" to move.`);
    if (![m.x, m.y, m.width ?? 0, m.height ?? 0].every(Number.isFinite)) return fail('bad-position', `Position of "${m.id}" must be finite numbers.`);
  }
  const layout: Record<string, NodeLayout> = draft.writable(d.layout);
  const events: DomainEvent[] = [];
  for (const m of cmd.moves) {
    const next: NodeLayout = { ...layout[m.id], x: m.x, y: m.y };
    if (m.width !== undefined) next.width = m.width;
    if (m.height !== undefined) next.height = m.height;
    layout[m.id] = next;
    events.push({ type: 'nodeMoved', id: m.id, layout: next });
  }
  return ok({ design: { ...d, layout }, events });
}
