import type { Design } from '../../model';
import { addNode } from './addNode';
import { connect } from './connect';
import { duplicate } from './duplicate';
import { moveNodes } from './moveNodes';
import { nestNode } from './nestNode';
import { remove } from './remove';
import { setProps } from './setProps';
import { setSettings } from './setSettings';
import { batchDraft, COPY_EACH_TIME, type Draft } from './draft';
import type { Command, CommandResult, DomainEvent } from './types';

/**
 * Applies one command to a design: a new design plus the events, or an error saying why not. The design
 * given is never changed (`draft` says which records the command may write into: see draft.ts).
 */
export function applyCommand(d: Design, cmd: Command, draft: Draft = COPY_EACH_TIME): CommandResult {
  switch (cmd.type) {
    case 'addNode': return addNode(d, cmd, draft);
    case 'moveNodes': return moveNodes(d, cmd, draft);
    case 'nestNode': return nestNode(d, cmd, draft);
    case 'connect': return connect(d, cmd, draft);
    case 'setProps': return setProps(d, cmd, draft);
    case 'remove': return remove(d, cmd, draft);
    case 'duplicate': return duplicate(d, cmd, draft);
    case 'setSettings': return setSettings(d, cmd);
    case 'batch': return batch(d, cmd.commands, draft === COPY_EACH_TIME ? batchDraft() : draft);
  }
}

/** Applies commands in order; all or nothing. The steps share one draft, so each record is copied once per batch. */
function batch(d: Design, commands: Command[], draft: Draft): CommandResult {
  const events: DomainEvent[] = [];
  for (const [i, c] of commands.entries()) {
    const r = applyCommand(d, c, draft);
    if (!r.ok) return { ok: false, error: { ...r.error, message: `Step ${i + 1} (${c.type}): ${r.error.message}` } };
    d = r.value.design;
    events.push(...r.value.events);
  }
  return { ok: true, value: { design: d, events } };
}
