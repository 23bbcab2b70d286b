import type { Design } from '../../model';
import { addNode } from './addNode';
import { connect } from './connect';
import { moveNodes } from './moveNodes';
import { nestNode } from './nestNode';
import { remove } from './remove';
import { setProps } from './setProps';
import type { Command, CommandResult } from './types';

/** Applies one command to a design: a new design plus the events, or an error saying why not. */
export function applyCommand(d: Design, cmd: Command): CommandResult {
  switch (cmd.type) {
    case 'addNode': return addNode(d, cmd);
    case 'moveNodes': return moveNodes(d, cmd);
    case 'nestNode': return nestNode(d, cmd);
    case 'connect': return connect(d, cmd);
    case 'setProps': return setProps(d, cmd);
    case 'remove': return remove(d, cmd);
  }
}
