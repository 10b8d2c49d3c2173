import { cliText } from '../messages/cli.ts';
import { runCheck } from './check.ts';
import { runInit } from './init.ts';
import { runMetrics } from './metrics.ts';
import { runReport } from './report.ts';
import { runServe } from './serve.ts';
import { EXIT, type CliIO } from './io.ts';

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return await runCheck(rest, io);
    case 'metrics':
      return await runMetrics(rest, io);
    case 'report':
      return await runReport(rest, io);
    case 'serve':
      return await runServe(rest, io);
    case 'init':
      return await runInit(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(cliText.usage);
      return command === undefined ? EXIT.usage : EXIT.ok;
    default:
      io.stderr(`${cliText.unknownCommand(command)}\n${cliText.usage}`);
      return EXIT.usage;
  }
}
