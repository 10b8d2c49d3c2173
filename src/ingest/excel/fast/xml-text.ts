/**
 * Text and attribute values as an XML parser (saxes, under exceljs) hands them over:
 * line ends normalised, entities and character references decoded.
 */
import { malformed } from './xml-problem.ts';

const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g;

/** Only the five predefined entities and character references: an entity a DTD defines is never expanded. */
function decodeEntities(raw: string): string {
  if (raw.replace(ENTITY, '').includes('&')) malformed('ampersand');
  return raw.replace(ENTITY, (ref: string, body: string) => {
    if (body[0] !== '#') return NAMED.get(body) ?? malformed('entity', ref.length > 24 ? `${ref.slice(0, 23)}…` : ref);
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) malformed('char', ref.length > 24 ? `${ref.slice(0, 23)}…` : ref);
    return String.fromCodePoint(code);
  });
}

/** Element text: CR LF and lone CR read as LF (before references, which may carry a real CR). */
export function xmlText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s.includes('&') ? decodeEntities(s) : s;
}

/** Attribute value: line ends and tabs read as spaces, then references decoded. */
export function xmlAttr(raw: string): string {
  let s = raw;
  if (/[\r\n\t]/.test(s)) s = s.replace(/\r\n?|[\n\t]/g, ' ');
  return s.includes('&') ? decodeEntities(s) : s;
}

/** OOXML `_xHHHH_` escapes in text, decoded as exceljs does (upper-case hex; `_x005F_` guards a literal). */
export function unescapeXString(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The attributes of one start tag, `<name a="1" b='2'>`, raw (not yet decoded). */
export function rawAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const nameEnd = tag.search(/[\s/>]/);
  for (const m of tag.slice(nameEnd < 0 ? tag.length : nameEnd).matchAll(ATTRIBUTE)) out.set(m[1]!, m[3] ?? m[4] ?? '');
  return out;
}

/** Decoded attributes of one start tag. */
export function attributes(tag: string): Map<string, string> {
  const raw = rawAttributes(tag);
  for (const [k, v] of raw) raw.set(k, xmlAttr(v));
  return raw;
}

/** The local part of a possibly prefixed name: `x:row` → `row`. */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
