// Designs for tests, built through the engine's own commands.
import { applyCommand } from '../../../shared/engine/commands/apply';
import type { Command } from '../../../shared/engine/commands/types';
import { emptyDesign } from '../../../shared/engine/design';
import type { Design } from '../../../shared/model';

/** Applies commands to an empty design in order; a refused command fails the test with the engine's reason. */
export function designOf(...cmds: Command[]): Design {
  let d = emptyDesign();
  for (const c of cmds) {
    const r = applyCommand(d, c);
    if (!r.ok) throw new Error(`${c.type}: ${r.error.message}`);
    d = r.value.design;
  }
  return d;
}
