/** Character-level helpers for the hand-written scanners over sheet and shared-string XML. */
import { unsupported } from './unsupported.ts';

export const LT = 60; // <
export const GT = 62; // >
export const SLASH = 47; // /
export const BANG = 33; // !
export const QUESTION = 63; // ?
export const COLON = 58; // :
const DQUOTE = 34;
const SQUOTE = 39;

/** End of the tag name starting at `from` (the first space, `>` or `/`). */
export function nameEnd(xml: string, from: number): number {
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c <= 32 || c === GT || c === SLASH || Number.isNaN(c)) return i;
    i++;
  }
}

/** Start of the local part of the name `[from, end)`: after the prefix's colon, if any. */
export function localStart(xml: string, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) if (xml.charCodeAt(i) === COLON) return i + 1;
  return from;
}

/** Whether `[start, end)` is exactly `name`. */
export function isName(xml: string, start: number, end: number, name: string): boolean {
  return end - start === name.length && xml.startsWith(name, start);
}

/** Index of the `>` closing the tag whose attributes start at `from`; quotes may hold `>`. */
export function tagEnd(xml: string, from: number): number {
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c === GT) return i;
    if (c === DQUOTE || c === SQUOTE) {
      const q = xml.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (q < 0) unsupported('unterminated attribute');
      i = q + 1;
      continue;
    }
    if (Number.isNaN(c)) unsupported('unterminated tag');
    i++;
  }
}

/** Skips `<!-- -->` and `<? ?>` at `lt`; CDATA and DTDs are left to exceljs. Returns the index after. */
export function skipSpecial(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) unsupported('unterminated comment');
    return end + 3;
  }
  if (xml.charCodeAt(lt + 1) === QUESTION) {
    const end = xml.indexOf('?>', lt + 2);
    if (end < 0) unsupported('unterminated processing instruction');
    return end + 2;
  }
  return unsupported(xml.startsWith('<![CDATA[', lt) ? 'CDATA section' : 'DTD');
}

/**
 * Where the text of a leaf element ends: the `<` of its end tag `</local>`, its start tag
 * ending at `gt`. The text is `xml.slice(gt + 1, result)`. Markup inside is left to exceljs.
 */
export function leafTextEnd(xml: string, gt: number, local: string): number {
  const lt = xml.indexOf('<', gt + 1);
  if (lt < 0 || xml.charCodeAt(lt + 1) !== SLASH) unsupported(`markup inside <${local}>`);
  const end = nameEnd(xml, lt + 2);
  if (!isName(xml, localStart(xml, lt + 2, end), end, local)) unsupported(`<${local}> not closed`);
  return lt;
}

/** The index after the end tag starting at `lt`. */
export function afterEndTag(xml: string, lt: number): number {
  const gt = xml.indexOf('>', lt);
  if (gt < 0) unsupported('unterminated end tag');
  return gt + 1;
}
