/** The `union-dash` process: real stdout/stderr, the system clock, exit codes. */
import { cliText } from '../messages/cli.ts';
import type { CliIO } from './io.ts';
import { main } from './main.ts';
import { schoolDate } from '../term/school-clock.ts';
import { ENV } from '../config/env.ts';
import { readSecret, readStdin } from './terminal.ts';

const io: CliIO = {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  cwd: process.cwd(),
  env: process.env,
  today: () => schoolDate(new Date()),
  readStdin,
  readSecret,
};

try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
  process.stderr.write(`${cliText.internalError(e instanceof Error ? e.message : String(e))}\n`);
  if (io.env[ENV.debug]) console.error(e);
  process.exitCode = 2;
}
