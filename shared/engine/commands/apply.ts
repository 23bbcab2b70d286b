import type { Design } from '../../model';
import { addNode } from './addNode';
import { connect } from './connect';
import { duplicate } from './duplicate';
import { moveNodes } from './moveNodes';
import { nestNode } from './nestNode';
import { remove } from './remove';
import { setProps } from './setProps';
import { setSettings } from './setSettings';
import type { Command, CommandResult, DomainEvent } from './types';

/** Applies one command to a design: a new design plus the events, or an error saying why not. */
export function applyCommand(d: Design, cmd: Command): CommandResult {
  switch (cmd.type) {
    case 'addNode': return addNode(d, cmd);
    case 'moveNodes': return moveNodes(d, cmd);
    case 'nestNode': return nestNode(d, cmd);
    case 'connect': return connect(d, cmd);
    case 'setProps': return setProps(d, cmd);
    case 'remove': return remove(d, cmd);
    case 'duplicate': return duplicate(d, cmd);
    case 'setSettings': return setSettings(d, cmd);
    case 'batch': return batch(d, cmd.commands);
  }
}

/** Applies commands in order; all or nothing. */
function batch(d: Design, commands: Command[]): CommandResult {
  const events: DomainEvent[] = [];
  for (const [i, c] of commands.entries()) {
    const r = applyCommand(d, c);
    if (!r.ok) return { ok: false, error: { ...r.error, message: `Step ${i + 1} (${c.type}): ${r.error.message}` } };
    d = r.value.design;
    events.push(...r.value.events);
  }
  return { ok: true, value: { design: d, events } };
}
