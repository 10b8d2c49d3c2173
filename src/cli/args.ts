/**
 * A small parser for `union-dash CMD [SOURCE…] [--flag value] [--switch]`, the readers of
 * its term, day and month options, and the one place a usage error becomes what the
 * person at the terminal reads (a Chinese line, the command's usage where it helps, exit 2).
 */
import { paramText } from '../messages/params.ts';
import { cliText } from '../messages/cli.ts';
import { readDay, readMonth, readSpan, readTerm, type Read } from '../metrics/period-input.ts';
import { EXIT, type CliIO } from './io.ts';

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/** Bad usage: `message` is the Chinese line; `usage`, when set, is printed after it. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string | null = null,
  ) {
    super(message);
  }
}

export interface ArgSpec {
  readonly valued: readonly string[];
  readonly switches: readonly string[];
  /** The command's usage, shown after an unknown option or a missing value; null = none. */
  readonly usage: string | null;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [flag, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.switches.includes(flag)) options.set(flag, true);
    else if (spec.valued.includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(cliText.missingOptionValue(flag), spec.usage);
      options.set(flag, value);
    } else throw new UsageError(cliText.unknownOption(flag), spec.usage);
  }
  return { positional, options };
}

/** The text of a valued option, or undefined when not given. */
export function textOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

function checked<T>(args: ParsedArgs, name: string, read: (text: string) => Read<T>, usage: string | null): T | undefined {
  const text = textOption(args, name);
  if (text === undefined) return undefined;
  const r = read(text);
  if (!r.ok) throw new UsageError(paramText[r.problem.code](r.problem.value), usage);
  return r.value;
}

/** `--as-of YYYY-MM-DD`, a real day in the years ledgers can be about. */
export const dayOption = (args: ParsedArgs, name: string, usage: string | null = null) => checked(args, name, readDay, usage);
/** `--term 2025-2026-2`, normalised to the id. */
export const termOption = (args: ParsedArgs, name: string, usage: string | null = null) => checked(args, name, readTerm, usage);
/** `--period 学年`: a term or a year made of terms. */
export const spanOption = (args: ParsedArgs, name: string, usage: string | null = null) => checked(args, name, readSpan, usage);
/** `--month YYYY-MM`. */
export const monthOption = (args: ParsedArgs, name: string, usage: string | null = null) => checked(args, name, readMonth, usage);

/** Runs a command; its usage errors become one line on stderr (and the usage) with exit 2. */
export async function withUsage(io: CliIO, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(e.usage ? `${e.message}\n${e.usage}` : e.message);
    return EXIT.usage;
  }
}
