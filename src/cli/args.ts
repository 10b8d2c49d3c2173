/** A small parser for `union-dash CMD [SOURCE…] [--flag value] [--switch]`. */
export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valued: readonly string[], switches: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [flag, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (switches.includes(flag)) options.set(flag, true);
    else if (valued.includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(flag);
      options.set(flag, value);
    } else throw new UsageError(`unknown:${flag}`);
  }
  return { positional, options };
}
