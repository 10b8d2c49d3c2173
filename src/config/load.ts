/** loadConfig: the environment and union-dash.config.json (beside the first folder source, else in the working directory) into a Config. */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../ingest/excel/limits.ts';
import type { IngestConfig } from '../ingest/ingest-config.ts';
import { makeIssue, type LedgerIssue } from '../ingest/issues.ts';
import { CONFIG_FILE, resolveOverrides, type SheetOverride } from '../ingest/overrides.ts';
import { DEFAULT_CACHE_DIR } from '../ingest/sheets/cache.ts';
import { credentialSource } from '../ingest/sheets/credentials.ts';
import type { Config, NotifyConfig } from './config.ts';
import { parseSchedule, workingDayPredicate } from '../notify/schedule.ts';
import type { ChannelConfig } from '../notify/channels/types.ts';
import { ENV, envValue, positiveNumber, type Env } from './env.ts';
import { readConfigFile } from './file.ts';
import { configText } from '../messages/config.ts';
import type { ConfigFileShape } from './schema.ts';

/** A ledger file gone from its folder stands in with its last read for this long unless the chair confirms with 刷新. */
export const DEFAULT_MISSING_FILE_MINUTES = 30;
/** Seconds between two looks at a polled ledger folder (on a network share). */
export const DEFAULT_POLL_SECONDS = 10;
/** How long a login to the dashboard lasts. */
export const DEFAULT_SESSION_HOURS = 8;
/** One delivery of the briefing to every channel ends within this long. */
export const DEFAULT_NOTIFY_DEADLINE_SECONDS = 60;
/** Each request to a mail server or robot ends within this long. */
export const DEFAULT_NOTIFY_TIMEOUT_SECONDS = 15;
/** How long each slide of the projector's slideshow stays. */
export const DEFAULT_PRESENT_SECONDS = 20;

export interface ConfigInput {
  /** As on the command line: the config file is looked for beside the first of them. */
  readonly sources: readonly string[];
  readonly env: Env;
  readonly cwd: string;
}

/** Where union-dash.config.json belongs: in the first folder source, beside the first file source, else the working directory. */
export function configPath(sources: readonly string[], cwd: string): string {
  for (const s of sources) {
    const path = resolve(cwd, s);
    const info = statSafe(path);
    if (info?.isDirectory()) return join(path, CONFIG_FILE);
    if (info?.isFile()) return join(dirname(path), CONFIG_FILE);
  }
  return join(cwd, CONFIG_FILE);
}

export async function loadConfig(input: ConfigInput): Promise<Config> {
  const path = configPath(input.sources, input.cwd);
  const problems: LedgerIssue[] = [];
  const problem = (reason: string) => problems.push(makeIssue({ file: CONFIG_FILE, sheet: null, cell: null }, 'bad_config', { path: CONFIG_FILE, reason }));

  const read = await readConfigFile(path);
  let file: ConfigFileShape = {};
  if (read.ok) file = read.value ?? {};
  else problem(read.reason);

  let overrides: SheetOverride[] = [];
  const resolved = resolveOverrides(file.sheets ?? []);
  if ('reason' in resolved) problem(resolved.reason);
  else overrides = resolved.overrides;

  const { env, cwd } = input;
  const mb = positiveNumber(envValue(env, ENV.maxXmlMb));
  const cells = positiveNumber(envValue(env, ENV.maxCells));
  const rootUrl = envValue(env, ENV.sheetsRootUrl);
  const ingest: IngestConfig = {
    overrides,
    limits: {
      maxXmlBytes: mb === null ? DEFAULT_LIMITS.maxXmlBytes : Math.round(mb * 1024 * 1024),
      maxCells: cells === null ? DEFAULT_LIMITS.maxCells : Math.round(cells),
    },
    sheets: {
      credentials: credentialSource(
        {
          // a key file named in the config is beside the config
          keyFile: file.google?.keyFile === undefined ? undefined : resolve(dirname(path), file.google.keyFile),
          unionKey: envValue(env, ENV.googleKey),
          applicationCredentials: envValue(env, ENV.googleApplicationCredentials),
          apiKey: file.google?.apiKey ?? envValue(env, ENV.googleApiKey),
        },
        cwd,
      ),
      ...(rootUrl ? { rootUrl } : {}),
      ...(file.google?.deadlineSeconds === undefined ? {} : { deadlineMs: file.google.deadlineSeconds * 1000 }),
      ...(file.google?.timeoutSeconds === undefined ? {} : { timeoutMs: file.google.timeoutSeconds * 1000 }),
      cacheDir: resolve(cwd, envValue(env, ENV.cacheDir) ?? DEFAULT_CACHE_DIR),
    },
    problems,
  };
  return {
    path,
    ingest,
    pdf: { chromePath: file.pdf?.chromePath ?? envValue(env, ENV.chromePath) ?? null },
    serve: {
      missingFileMinutes: file.serve?.missingFileMinutes ?? DEFAULT_MISSING_FILE_MINUTES,
      pollSeconds: file.serve?.pollSeconds ?? DEFAULT_POLL_SECONDS,
      poll: file.serve?.poll ?? false,
      sessionHours: file.serve?.sessionHours ?? DEFAULT_SESSION_HOURS,
      presentSeconds: file.serve?.presentSeconds ?? DEFAULT_PRESENT_SECONDS,
    },
    notify: notifyConfig(file, env, problem),
    debug: envValue(env, ENV.debug) !== undefined,
    problems,
  };
}

const statSafe = (p: string) => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};

function notifyConfig(file: ConfigFileShape, env: Env, problem: (reason: string) => void): NotifyConfig | null {
  const n = file.notify;
  if (!n) return null;
  let schedule = null;
  if (n.schedule !== undefined && n.schedule.trim() !== '') {
    const parsed = parseSchedule(n.schedule);
    if (parsed.ok) schedule = parsed.schedule;
    else problem(configText.badSchedule(parsed.message));
  }
  const password = envValue(env, ENV.smtpPassword);
  const channels = n.channels.map((c): ChannelConfig => (c.kind === 'email' && c.password === undefined && password !== undefined ? { ...c, password } : c));
  return {
    schedule,
    link: n.link ?? null,
    isWorkingDay: workingDayPredicate({ holidays: n.holidays ?? [], workdays: n.workdays ?? [] }),
    warnings: n.warnings ?? true,
    deadlineMs: (n.deadlineSeconds ?? DEFAULT_NOTIFY_DEADLINE_SECONDS) * 1000,
    timeoutMs: (n.timeoutSeconds ?? DEFAULT_NOTIFY_TIMEOUT_SECONDS) * 1000,
    channels,
  };
}
