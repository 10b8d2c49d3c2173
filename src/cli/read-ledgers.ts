/** The command line's one way to read the sources: the config from the environment and the config file, then ingest. */
import { loadConfig, type Config } from '../config/index.ts';
import { ingest, type IngestResult } from '../ingest/index.ts';
import type { CliIO } from './io.ts';
import { defaultSources } from './sources.ts';

export async function readLedgers(given: readonly string[], io: CliIO): Promise<{ result: IngestResult; config: Config }> {
  const sources = given.length ? given : defaultSources();
  const config = await loadConfig({ sources, env: io.env, cwd: io.cwd });
  return { result: await ingest(sources, { today: io.today(), config: config.ingest }), config };
}
