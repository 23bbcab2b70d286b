import { EXIT, UsageError, type CliIo } from './io';
import { COMMANDS } from './registry';

function help(): string {
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n');
  return `virtlab — design, validate and simulate virtual infrastructure, headless.\n\nUsage: virtlab <command> [options]\n\nCommands:\n${rows}\n\nRun "virtlab <command> --help" for a command's options.\n`;
}

/** Entry point of the `virtlab` command; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`virtlab: unknown command "${name}".\n\n${help()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${cmd.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`virtlab ${name}: ${e.message}\n\n${cmd.usage}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`virtlab ${name}: ${(e as Error).message}\n`);
    return EXIT.invalid;
  }
}
