/**
 * Reads union-dash.config.json: UTF-8 with or without the BOM Notepad writes, JSON, and the
 * strict schema. A problem is one Chinese reason naming the key (and the nearest valid key
 * for a misspelt one), or the line and column of a JSON syntax error.
 */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { configText } from '../messages/config.ts';
import { nearest } from './nearest.ts';
import { ConfigFile, KNOWN_KEYS, type ConfigFileShape } from './schema.ts';

export type FileRead = { readonly ok: true; readonly value: ConfigFileShape | null } | { readonly ok: false; readonly reason: string };

/** Null value = there is no config file (that is fine). */
export async function readConfigFile(path: string): Promise<FileRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: true, value: null };
    return { ok: false, reason: configText.unreadable(code ?? String(e)) };
  }
  return parseConfigText(bytes.toString('utf8'));
}

export function parseConfigText(raw: string): FileRead {
  const text = raw.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const [line, col] = position(text, e instanceof Error ? e.message : '');
    return { ok: false, reason: configText.notJson(line, col) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: configText.notObject };
  const result = v.safeParse(ConfigFile, json);
  if (result.success) return { ok: true, value: result.output };
  // a misspelt key also makes its right spelling missing: name the key the chair typed
  const unknown = result.issues.find((i) => i.type === 'strict_object' && i.expected === 'never');
  return { ok: false, reason: explain(unknown ?? result.issues[0]) };
}

/** Line and column of a JSON.parse error ("… at position 42" or "(line 3 column 5)"). */
function position(text: string, message: string): [number, number] {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return [Number(lc[1]), Number(lc[2])];
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1]!.length + 1];
}

/** `sheets[0].sheet` */
const dotted = (path: readonly (string | number)[]) => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

function explain(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  const where = dotted(path);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = String(path[path.length - 1]);
    const level = path.filter((k) => typeof k === 'string').slice(0, -1).join('.');
    return configText.unknownKey(where, nearest(key, KNOWN_KEYS[level] ?? []));
  }
  if (issue.received === 'undefined') return configText.missing(where);
  const expected = {
    string: configText.expected.string,
    number: configText.expected.number,
    boolean: configText.expected.boolean,
    min_value: configText.expected.atLeast(Number(issue.requirement ?? 0)),
    max_value: configText.expected.atMost(Number(issue.requirement ?? 0)),
    integer: configText.expected.integer,
    array: configText.expected.array,
    strict_object: configText.expected.object,
    record: configText.expected.object,
    min_length: configText.expected.nonEmpty,
    url: configText.expected.url,
    regex: configText.expected.day,
    variant: configText.expected.channelKind,
    literal: configText.expected.channelKind,
  } as Record<string, string>;
  return configText.wrongType(where, expected[issue.type] ?? issue.expected ?? '');
}
