/** `union-dash init DIR`: writes the blank template workbook into DIR, never over a file. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TEMPLATE_FILE_NAME, templateBytes } from '../template/write-template.ts';
import { cliText } from '../messages/cli.ts';
import { termIdContaining } from '../term/term.ts';
import { parseArgs, UsageError, withUsage } from './args.ts';
import { EXIT, type CliIO } from './io.ts';

function parseInitArgs(argv: readonly string[]): string {
  const { positional } = parseArgs(argv, { valued: [], switches: [], usage: null });
  const [dir, ...rest] = positional;
  if (dir === undefined || dir.trim() === '') throw new UsageError(cliText.initNeedsDir);
  if (rest.length > 0) throw new UsageError(cliText.initOneDir);
  return dir;
}

const errorCode = (e: unknown): string =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : String(e);

const shellArg = (s: string): string => (/\s/.test(s) ? `"${s}"` : s);

export const runInit = (argv: readonly string[], io: CliIO): Promise<number> => withUsage(io, () => init(parseInitArgs(argv), io));

async function init(given: string, io: CliIO): Promise<number> {
  const dir = resolve(io.cwd, given);
  const file = join(dir, TEMPLATE_FILE_NAME);
  const shown = join(given, TEMPLATE_FILE_NAME);

  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = errorCode(e);
    io.stderr(code === 'EEXIST' || code === 'ENOTDIR' ? cliText.initNotADir(given) : cliText.initCannotWrite(given, code));
    return EXIT.usage;
  }

  const bytes = await templateBytes(termIdContaining(io.today()));
  try {
    // 'wx' fails when the file exists, so a chair's filled-in template is never overwritten.
    await writeFile(file, bytes, { flag: 'wx' });
  } catch (e) {
    const code = errorCode(e);
    io.stderr(code === 'EEXIST' ? cliText.initExists(shown) : cliText.initCannotWrite(shown, code));
    return EXIT.usage;
  }

  io.stdout(cliText.initWritten(shown));
  io.stdout(cliText.initNextSteps(shellArg(given)));
  return EXIT.ok;
}
