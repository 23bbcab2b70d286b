import type { CliCommand } from './io';
import { exportCommand } from './commands/export';

/** Every `virtlab` subcommand, in the order `virtlab --help` lists them. */
export const COMMANDS: CliCommand[] = [exportCommand];
