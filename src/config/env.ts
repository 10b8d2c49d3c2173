/**
 * Every environment variable union-dash reads, in one place (the README lists them).
 * Anything not a positive number for a limit keeps the default.
 */
export const ENV = {
  maxXmlMb: 'UNION_DASH_MAX_XML_MB',
  maxCells: 'UNION_DASH_MAX_CELLS',
  googleKey: 'UNION_DASH_GOOGLE_KEY',
  googleApplicationCredentials: 'GOOGLE_APPLICATION_CREDENTIALS',
  googleApiKey: 'UNION_DASH_GOOGLE_API_KEY',
  sheetsRootUrl: 'UNION_DASH_SHEETS_ROOT_URL',
  cacheDir: 'UNION_DASH_CACHE_DIR',
  chromePath: 'CHROME_PATH',
  debug: 'UNION_DASH_DEBUG',
  smtpPassword: 'UNION_DASH_SMTP_PASSWORD',
} as const;

export type Env = Readonly<Record<string, string | undefined>>;

/** A variable's trimmed value, or undefined when unset or blank. */
export const envValue = (env: Env, name: (typeof ENV)[keyof typeof ENV]): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

export const positiveNumber = (text: string | undefined): number | null => (text !== undefined && Number(text) > 0 ? Number(text) : null);
