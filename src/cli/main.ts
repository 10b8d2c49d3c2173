import { cliText } from '../messages/zh.ts';
import { isYmd } from '../metrics/index.ts';
import { parseArgs, UsageError } from './args.ts';
import { runCheck } from './check.ts';
import { runInit } from './init.ts';
import { runMetrics } from './metrics.ts';
import { runReport } from './report.ts';
import { runServe } from './serve.ts';
import { EXIT, type CliIO } from './io.ts';

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check': {
        const args = parseArgs(rest, ['--as-of'], ['--json']);
        const asOf = args.options.get('--as-of');
        if (typeof asOf === 'string' && !isYmd(asOf)) {
          io.stderr(cliText.badDateOption(asOf));
          return EXIT.usage;
        }
        return await runCheck({ sources: args.positional, json: args.options.has('--json'), ...(typeof asOf === 'string' ? { asOf } : {}) }, io);
      }
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
  } catch (e) {
    if (e instanceof UsageError) {
      const m = e.message.startsWith('unknown:') ? cliText.unknownOption(e.message.slice(8)) : cliText.missingOptionValue(e.message);
      io.stderr(`${m}\n${cliText.usage}`);
      return EXIT.usage;
    }
    throw e;
  }
}
