import type { CliCommand } from './io';

/** Every `virtlab` subcommand, in the order `virtlab --help` lists them. */
export const COMMANDS: CliCommand[] = [];
