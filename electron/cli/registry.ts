import type { CliCommand } from './io';
import { consolidateCommand } from './commands/consolidate';
import { exportCommand } from './commands/export';
import { migrateCommand } from './commands/migrate';
import { simulateCommand } from './commands/simulate';
import { validateCommand } from './commands/validate';

/** Every `virtlab` subcommand, in the order `virtlab --help` lists them. */
export const COMMANDS: CliCommand[] = [validateCommand, exportCommand, simulateCommand, migrateCommand, consolidateCommand];
