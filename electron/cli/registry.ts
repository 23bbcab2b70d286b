import type { CliCommand } from './io';
import { exportCommand } from './commands/export';
import { validateCommand } from './commands/validate';

/** Every `virtlab` subcommand, in the order `virtlab --help` lists them. */
export const COMMANDS: CliCommand[] = [validateCommand, exportCommand];
