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

const text = v.pipe(v.string(), v.minLength(1));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const EmailChannel = v.strictObject({
  kind: v.literal('email'),
  /** How the dashboard names the channel (工会委员邮箱). */
  name: v.optional(v.string()),
  host: text,
  port: v.pipe(v.number(), v.minValue(1)),
  /** Implicit TLS (port 465). */
  secure: v.optional(v.boolean()),
  /** Require STARTTLS (port 587). */
  starttls: v.optional(v.boolean()),
  user: v.optional(v.string()),
  /** Or UNION_DASH_SMTP_PASSWORD. */
  password: v.optional(v.string()),
  from: text,
  to: v.pipe(v.array(text), v.minLength(1)),
});

const robot = <K extends string>(kind: K) =>
  v.strictObject({
    kind: v.literal(kind),
    name: v.optional(v.string()),
    /** The URL pasted from the group robot's settings. */
    webhook: v.pipe(v.string(), v.url()),
    /** 加签 secret (钉钉, 飞书). */
    secret: v.optional(v.string()),
    /** A 自定义关键词 the robot requires in each message. */
    keyword: v.optional(v.string()),
  });

const WecomChannel = v.strictObject({ kind: v.literal('wecom'), name: v.optional(v.string()), webhook: v.pipe(v.string(), v.url()) });
const DingtalkChannel = robot('dingtalk');
const FeishuChannel = robot('feishu');

const Channel = v.variant('kind', [EmailChannel, WecomChannel, DingtalkChannel, FeishuChannel]);

const Notify = v.strictObject({
  /** 每月倒数第3个工作日 08:00, or a cron expression, in Beijing time; absent = only `union-dash notify`. */
  schedule: v.optional(v.string()),
  /** The dashboard's address for the committee (http://192.168.1.10:3000), linked from every message. */
  link: v.optional(v.pipe(v.string(), v.url())),
  /** 节假日 and 调休上班 days, for 第N个工作日. */
  holidays: v.optional(v.array(day)),
  workdays: v.optional(v.array(day)),
  /** Push each early warning the first time it appears (default true). */
  warnings: v.optional(v.boolean()),
  /** One delivery to all channels ends within this many seconds (default 60). */
  deadlineSeconds: v.optional(v.pipe(v.number(), v.minValue(1))),
  /** Each request ends within this many seconds (default 15). */
  timeoutSeconds: v.optional(v.pipe(v.number(), v.minValue(1))),
  channels: v.array(Channel),
});

export const ConfigFile = v.strictObject({
  sheets: v.optional(v.array(SheetOverride)),
  google: v.optional(Google),
  pdf: v.optional(Pdf),
  serve: v.optional(Serve),
  notify: v.optional(Notify),
});

export type ConfigFileShape = v.InferOutput<typeof ConfigFile>;

/** The keys each level allows, for naming the nearest one to a misspelt key. */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(ConfigFile.entries),
  sheets: Object.keys(SheetOverride.entries),
  google: Object.keys(Google.entries),
  pdf: Object.keys(Pdf.entries),
  serve: Object.keys(Serve.entries),
  notify: Object.keys(Notify.entries),
  'notify.channels': [...new Set([EmailChannel, WecomChannel, DingtalkChannel, FeishuChannel].flatMap((c) => Object.keys(c.entries)))],
};
