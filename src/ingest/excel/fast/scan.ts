/** Character-level helpers for the hand-written scanners over sheet and shared-string XML. */
import { malformed } from './xml-problem.ts';

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
      if (q < 0) malformed('tag');
      i = q + 1;
      continue;
    }
    if (Number.isNaN(c)) malformed('truncated');
    i++;
  }
}

/**
 * Skips `<!-- -->`, `<? ?>` and `<![CDATA[ ]]>` (character data between elements, ignored) at `lt`.
 * Returns the index after. A DTD is only allowed before the root element (./xml-bytes.ts cuts it out).
 */
export function skipSpecial(xml: string, lt: number): number {
  const [open, close] = xml.startsWith('<!--', lt) ? ['<!--', '-->'] : xml.charCodeAt(lt + 1) === QUESTION ? ['<?', '?>'] : xml.startsWith('<![CDATA[', lt) ? ['<![CDATA[', ']]>'] : malformed('tag');
  const end = xml.indexOf(close, lt + open.length);
  return end < 0 ? malformed('truncated') : end + close.length;
}

/** The text of a leaf element: `raw` as written (entities not yet decoded), `end` the `<` of its end tag. */
export interface LeafText {
  readonly raw: string;
  readonly end: number;
}

/**
 * The text of the leaf element `<local>` whose start tag ends at `gt`. Comments and processing
 * instructions inside are dropped and CDATA sections taken literally (escaped, so that decoding
 * `raw` gives their text back); an element inside is not text a cell can hold.
 */
export function leafText(xml: string, gt: number, local: string): LeafText {
  let from = gt + 1;
  let raw = '';
  for (;;) {
    const lt = xml.indexOf('<', from);
    if (lt < 0) malformed('truncated');
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === SLASH) {
      const end = nameEnd(xml, lt + 2);
      if (!isName(xml, localStart(xml, lt + 2, end), end, local)) malformed('mismatch');
      return { raw: from === gt + 1 ? xml.slice(from, lt) : raw + xml.slice(from, lt), end: lt };
    }
    if (c1 !== BANG && c1 !== QUESTION) malformed('markup');
    raw += xml.slice(from, lt);
    const after = skipSpecial(xml, lt);
    if (xml.startsWith('<![CDATA[', lt)) raw += escapeText(xml.slice(lt + 9, after - 3));
    from = after;
  }
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The index after the end tag starting at `lt`. */
export function afterEndTag(xml: string, lt: number): number {
  const gt = xml.indexOf('>', lt);
  if (gt < 0) malformed('truncated');
  return gt + 1;
}
