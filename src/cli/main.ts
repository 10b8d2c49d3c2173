import { cliText } from '../messages/cli.ts';
import { EXIT, type CliIO } from './io.ts';

/**
 * Each command is imported when it runs, so a command loads only what it needs: `--help`
 * loads nothing more, `check` never loads ECharts, puppeteer-core or Express.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check': {
      const { runCheck } = await import('./check.ts');
      return await runCheck(rest, io);
    }
    case 'metrics': {
      const { runMetrics } = await import('./metrics.ts');
      return await runMetrics(rest, io);
    }
    case 'report': {
      const { runReport } = await import('./report.ts');
      return await runReport(rest, io);
    }
    case 'serve': {
      const { runServe } = await import('./serve.ts');
      return await runServe(rest, io);
    }
    case 'notify': {
      const { runNotify } = await import('./notify.ts');
      return await runNotify(rest, io);
    }
    case 'user': {
      const { runUser } = await import('./user.ts');
      return await runUser(rest, io);
    }
    case 'init': {
      const { runInit } = await import('./init.ts');
      return await runInit(rest, io);
    }
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
