/** `union-dash init DIR`: writes the blank template workbook into DIR, never over a file. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TEMPLATE_FILE_NAME, templateBytes } from '../ingest/template/write-template.ts';
import { cliText } from '../messages/zh.ts';
import { termIdContaining } from '../term/term.ts';
import { EXIT, type CliIO } from './io.ts';

type InitArgs = { readonly ok: true; readonly dir: string } | { readonly ok: false; readonly message: string };

function parseInitArgs(args: readonly string[]): InitArgs {
  const option = args.find((a) => a.startsWith('--'));
  if (option !== undefined) return { ok: false, message: cliText.unknownOption(option) };
  const [dir, ...rest] = args;
  if (dir === undefined || dir.trim() === '') return { ok: false, message: cliText.initNeedsDir };
  if (rest.length > 0) return { ok: false, message: cliText.initOneDir };
  return { ok: true, dir };
}

const errorCode = (e: unknown): string =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : String(e);

const shellArg = (s: string): string => (/\s/.test(s) ? `"${s}"` : s);

export async function runInit(args: string[], io: CliIO): Promise<number> {
  const parsed = parseInitArgs(args);
  if (!parsed.ok) {
    io.stderr(parsed.message);
    return EXIT.usage;
  }
  const dir = resolve(io.cwd, parsed.dir);
  const file = join(dir, TEMPLATE_FILE_NAME);
  const shown = join(parsed.dir, TEMPLATE_FILE_NAME);

  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = errorCode(e);
    io.stderr(code === 'EEXIST' || code === 'ENOTDIR' ? cliText.initNotADir(parsed.dir) : cliText.initCannotWrite(parsed.dir, code));
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
  io.stdout(cliText.initNextSteps(shellArg(parsed.dir)));
  return EXIT.ok;
}
