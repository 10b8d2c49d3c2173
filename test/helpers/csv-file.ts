/**
 * CSV files as spreadsheets and survey sites export them, for the CSV reader's tests: rows of
 * text joined with commas (or tabs), quoted where needed, in UTF-8 with or without a byte
 * order mark or in GB18030/GBK (encoded with SheetJS's code page tables, independent of the
 * reader's TextDecoder).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CP$Utils } from '@e965/xlsx/dist/cpexcel.full.mjs';

export type Encoding = 'utf8-bom' | 'utf8' | 'gbk';

export interface CsvOptions {
  readonly encoding?: Encoding;
  readonly delimiter?: ',' | '\t';
  readonly lineEnd?: '\r\n' | '\n';
}

const quoted = (field: string, delimiter: string) =>
  field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

export function csvText(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  return rows.map((r) => r.map((f) => quoted(f, delimiter)).join(delimiter)).join(options.lineEnd ?? '\r\n') + (options.lineEnd ?? '\r\n');
}

export async function encodeText(text: string, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  // the module exports `utils` by name; its type declarations only name the default export
  const { utils } = (await import('@e965/xlsx/dist/cpexcel.full.mjs')) as unknown as { utils: CP$Utils };
  return Buffer.from(utils.encode(936, text) as Uint8Array);
}

export async function writeCsv(dir: string, file: string, rows: readonly (readonly string[])[], options: CsvOptions = {}): Promise<string> {
  const path = join(dir, file);
  await writeFile(path, await encodeText(csvText(rows, options), options.encoding ?? 'utf8-bom'));
  return path;
}
