/**
 * A part's bytes as UTF-8 XML, the one form every scanner reads: a byte-order mark dropped,
 * UTF-16 and declared encodings (GBK, GB2312…) transcoded, and a document type declaration
 * in the prolog cut out. Its internal subset is ignored: entities it defines are never
 * expanded (their references are refused by the scanners), and nothing is ever fetched.
 */
import { constants as bufferConstants } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { unreadable } from '../damage.ts';
import { malformed } from './xml-problem.ts';

const LT = 0x3c;
const GT = 0x3e;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

export function utf8Xml(bytes: Buffer): Buffer {
  return withoutDoctype(asUtf8(bytes));
}

function asUtf8(bytes: Buffer): Buffer {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return bytes.subarray(3);
  if (b0 === 0xff && b1 === 0xfe) return transcode(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return transcode(bytes.subarray(2), 'utf-16be');
  if (b0 === LT && b1 === 0) return transcode(bytes, 'utf-16le');
  if (b0 === 0 && b1 === LT) return transcode(bytes, 'utf-16be');
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']{1,40})["']/.exec(bytes.toString('latin1', 0, 200))?.[1];
  // a UTF-16 declaration read as single bytes is not true of these bytes
  if (declared === undefined || /^utf-?(8|16(le|be)?)$/i.test(declared)) return bytes;
  return transcode(bytes, declared);
}

function transcode(bytes: Buffer, encoding: string): Buffer {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
  } catch {
    return unreadable('source_text_encoding', { encoding });
  }
  const chars = decoder.encoding.startsWith('utf-16') ? bytes.length / 2 : bytes.length;
  if (chars > bufferConstants.MAX_STRING_LENGTH) {
    unreadable('source_too_large', { limit: { kind: 'part', bytes: bytes.length, max: bufferConstants.MAX_STRING_LENGTH } });
  }
  return Buffer.from(decoder.decode(bytes), 'utf8');
}

const startsAt = (xml: Buffer, at: number, text: string) => xml.toString('latin1', at, at + text.length) === text;

/** The XML without a `<!DOCTYPE …>` before its root element; one elsewhere is left for the scanners to refuse. */
function withoutDoctype(xml: Buffer): Buffer {
  let p = 0;
  for (;;) {
    const lt = xml.indexOf(LT, p);
    if (lt < 0) return xml;
    // a declaration, processing instruction or comment before the root element; unterminated ones are the scanners' to refuse
    const close = xml[lt + 1] === QUESTION ? '?>' : startsAt(xml, lt, '<!--') ? '-->' : null;
    if (close !== null) {
      const end = xml.indexOf(close, lt + 2);
      if (end < 0) return xml;
      p = end + close.length;
      continue;
    }
    if (!startsAt(xml, lt, '<!DOCTYPE')) return xml;
    return Buffer.concat([xml.subarray(0, lt), xml.subarray(doctypeEnd(xml, lt + 9))]);
  }
}

/** The index after the `>` that ends a document type declaration, past quoted literals and its internal subset. */
function doctypeEnd(xml: Buffer, from: number): number {
  let inSubset = false;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (c === DQUOTE || c === SQUOTE) {
      i = xml.indexOf(c, i + 1);
      if (i < 0) break;
    } else if (inSubset && c === LT && (startsAt(xml, i, '<!--') || xml[i + 1] === QUESTION)) {
      const close = xml[i + 1] === QUESTION ? '?>' : '-->';
      const end = xml.indexOf(close, i + 2);
      if (end < 0) break;
      i = end + close.length - 1;
    } else if (c === OPEN_BRACKET && !inSubset) inSubset = true;
    else if (c === CLOSE_BRACKET && inSubset) inSubset = false;
    else if (c === GT && !inSubset) return i + 1;
  }
  return malformed('truncated');
}
