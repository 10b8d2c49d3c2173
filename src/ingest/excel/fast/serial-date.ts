/** Date cells from Excel serials and ISO text, exactly as the exceljs adapter reads them. */
import type { DateCell } from '../../model.ts';
import { MAX_SERIAL, serialToDate } from '../../values/serial.ts';
import { dateCellFromJs } from '../cell-value.ts';

const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01 in the 1900 date system
const DATE1904_OFFSET = 1462;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The date (and time, rounded to the second) of a serial in a date-formatted cell.
 * Serials before 1900-03-01 keep exceljs's reading (one day earlier than Excel shows),
 * so both readers agree; see test/excel-fast-reader.test.ts.
 */
export function dateCellFromSerial(serial: number, date1904: boolean): DateCell | null {
  // exceljs: new Date(Math.round((v - 25569 + offset) * DAY_MS)), then rounded to the second
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * DAY_MS);
  const seconds = Math.round(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  const day = days + UNIX_EPOCH_SERIAL;
  if (!Number.isFinite(ms) || day < 61 || day > MAX_SERIAL) return dateCellFromJs(new Date(ms));
  const date = serialToDate(day);
  const s = seconds - days * 86_400;
  if (s === 0) return { kind: 'date', date };
  return { kind: 'date', date, time: `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}` };
}

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*$/;

/** A `t="d"` cell: ISO 8601 text, read as the wall-clock date and time it writes (a zone suffix is ignored). */
export function dateCellFromIso(text: string): DateCell | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((x) => Number(x ?? 0)) as number[];
  if (y! < 1000) return null;
  const ms = Math.round(Number(m[7] ?? 0) * 1000);
  const t = Date.UTC(y!, mo! - 1, d!, h, mi, s, ms);
  const check = new Date(Date.UTC(y!, mo! - 1, d!));
  if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return dateCellFromJs(new Date(t));
}
