import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;
/** Parsed flag values: booleans for boolean flags, strings for string flags; absent when not given. */
export type FlagValues<O extends Options> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };

/**
 * Parses a command's flags strictly (unknown flags and missing values are usage errors, exit 2)
 * and requires exactly one positional argument: the project file.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O): { file: string; values: FlagValues<O> } {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (e) {
    // node:util explains well ("Unknown option '--x'"); keep its first line, drop the stack.
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new UsageError('missing the project file to read.');
  if (extra.length) throw new UsageError(`expected one project file, got ${parsed.positionals.length}: ${parsed.positionals.join(', ')}.`);
  return { file, values: parsed.values as FlagValues<O> };
}

/** Checks that a string flag is one of the allowed values. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
  return value as T;
}
