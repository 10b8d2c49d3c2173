/** Cell text and the normalisations names and headers are compared by. */
import type { Scalar } from '../model.ts';

/** White space of every kind (incl. U+3000, nbsp, line breaks) and zero-width characters. */
const SPACE = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

const CLOSE_TO_OPEN: Readonly<Record<string, string>> = { ')': '(', ']': '[', '】': '【', '〕': '〔', '》': '《', '〉': '〈', '」': '「' };

/** A number as Excel shows it in a General cell: at most 15 significant digits, never an exponent. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(Number(n.toPrecision(15)));
  if (!s.includes('e')) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
}

/** A character that is no kind of space: printable ASCII or a CJK unified ideograph. */
const unspaced = (c: number): boolean => (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff);

/** The visible text of a cell, trimmed. */
export function cellText(v: Scalar): string {
  if (v === null) return '';
  if (typeof v === 'string') {
    // text that starts and ends with a printable ASCII character or a common ideograph has nothing to trim
    if (v.length > 0 && unspaced(v.charCodeAt(0)) && unspaced(v.charCodeAt(v.length - 1))) return v;
    return v.replace(/^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/gu, '');
  }
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.date;
}

/** Only white space and zero-width characters, or nothing. */
const ALL_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u;

export function isBlank(v: Scalar): boolean {
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  // most text starts with a character that is not a space of any kind: decided without a regular expression
  const c = v.charCodeAt(0);
  if (c > 0x20 && c < 0x80) return false;
  return ALL_SPACE.test(v);
}

/** Text NFKC leaves alone and that holds no space: common CJK ideographs, ASCII letters and digits. */
const ALREADY_NORMAL = /^[\u4E00-\u9FFFA-Za-z0-9]*$/u;

/** NFKC with all white space removed: 张　三 = 张三 = 张 三. */
export function normalizeName(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text;
  return text.normalize('NFKC').replace(SPACE, '');
}

/** Drops one trailing bracketed note or `/unit`; returns the text unchanged when there is none. */
function stripTrailingNote(s: string): string {
  const open = CLOSE_TO_OPEN[s.at(-1) ?? ''];
  if (open !== undefined) {
    let depth = 0;
    for (let i = s.length - 1; i >= 0; i--) {
      const ch = s[i]!;
      if (CLOSE_TO_OPEN[ch] !== undefined) depth++;
      else if (Object.values(CLOSE_TO_OPEN).includes(ch) && --depth === 0) return i > 0 ? s.slice(0, i) : s;
    }
    return s;
  }
  // "预算金额/元": a short unit after a slash (not a date such as 3/6).
  const m = /^(.*[^\d/])\/[^\d/]{1,4}$/u.exec(s);
  return m ? m[1]! : s;
}

/**
 * A column header as compared: NFKC, no white space, no leading `*` marker, no trailing
 * colon, no trailing unit or note ("金额（元）", "预算金额/元", "类别\n（发展经营类/民生类）").
 */
/** Headers already normalised: the classifier asks for the same few hundred again and again. */
const headerMemo = new Map<string, string>();
const HEADER_MEMO_SIZE = 10_000;

export function normalizeHeader(text: string): string {
  const known = headerMemo.get(text);
  if (known !== undefined) return known;
  const h = normalizedHeader(text);
  if (headerMemo.size >= HEADER_MEMO_SIZE) headerMemo.clear();
  headerMemo.set(text, h);
  return h;
}

function normalizedHeader(text: string): string {
  // "姓名_real_name": a bilingual header with an English field name glued on after an underscore
  let s = normalizeName(text).replace(/^\*+/, '').replace(/(?<=[^\x00-\x7F])_[A-Za-z][A-Za-z0-9_]*$/u, '');
  for (;;) {
    const next = stripTrailingNote(s.replace(/[:*]+$/, ''));
    if (next === s || next === '') return s;
    s = next;
  }
}
