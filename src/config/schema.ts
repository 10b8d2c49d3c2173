/**
 * The shape of union-dash.config.json, validated strictly: a key the tool does not know is
 * an error naming the nearest known one, never silently ignored.
 */
import * as v from 'valibot';

const SheetOverride = v.strictObject({
  /** Which workbook; absent = any workbook with that sheet. */
  file: v.optional(v.string()),
  sheet: v.pipe(v.string(), v.minLength(1)),
  /** A kind id (roster), its label (教职工名册) or a keyword (名册). */
  kind: v.optional(v.string()),
  /** Header text → field name (Chinese first name or id), for columns the rules cannot read. */
  columns: v.optional(v.record(v.string(), v.string())),
});

const Google = v.strictObject({
  /** A service-account JSON key; relative to the config file. */
  keyFile: v.optional(v.string()),
  apiKey: v.optional(v.string()),
  /** One refresh of all Google spreadsheets ends within this many seconds (default 15). */
  deadlineSeconds: v.optional(v.pipe(v.number(), v.minValue(1))),
  /** Each request to Google ends within this many seconds (default 10). */
  timeoutSeconds: v.optional(v.pipe(v.number(), v.minValue(1))),
});

const Pdf = v.strictObject({
  /** The browser that prints PDFs (CHROME_PATH does the same). */
  chromePath: v.optional(v.string()),
});

const Serve = v.strictObject({
  /** How long a ledger file gone from its folder keeps standing in with its last read (minutes; 0 = not at all). */
  missingFileMinutes: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** Seconds between two looks at a polled folder (a network share, or one that cannot be watched). */
  pollSeconds: v.optional(v.pipe(v.number(), v.minValue(1))),
  /** Poll every ledger folder, for a share the checks do not recognise. */
  poll: v.optional(v.boolean()),
  /** How long a login lasts, in hours (default 8). */
  sessionHours: v.optional(v.pipe(v.number(), v.minValue(0.1))),
  /** Seconds each slide of the projector mode (/present) stays up, unless ?seconds= says otherwise (default 20). */
  presentSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(300))),
});

export const ConfigFile = v.strictObject({
  sheets: v.optional(v.array(SheetOverride)),
  google: v.optional(Google),
  pdf: v.optional(Pdf),
  serve: v.optional(Serve),
});

export type ConfigFileShape = v.InferOutput<typeof ConfigFile>;

/** The keys each level allows, for naming the nearest one to a misspelt key. */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(ConfigFile.entries),
  sheets: Object.keys(SheetOverride.entries),
  google: Object.keys(Google.entries),
  pdf: Object.keys(Pdf.entries),
  serve: Object.keys(Serve.entries),
};
