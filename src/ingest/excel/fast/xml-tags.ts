/** A plain tag walker for the small parts (workbook, relationships, styles). */
import { attributes, localName } from './xml-text.ts';

export interface Tag {
  /** Local name, prefix dropped: `x:sheet` → `sheet`. */
  readonly name: string;
  readonly kind: 'open' | 'close' | 'empty';
  readonly attrs: ReadonlyMap<string, string>;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;
const NO_ATTRS: ReadonlyMap<string, string> = new Map();

/** Every element tag of `xml` in document order (comments, declarations and CDATA skipped). */
export function* tags(xml: string): Generator<Tag> {
  for (const m of xml.matchAll(TAG)) {
    const full = m[2];
    if (full === undefined) continue;
    const name = localName(full);
    if (m[1]) yield { name, kind: 'close', attrs: NO_ATTRS };
    else yield { name, kind: m[4] ? 'empty' : 'open', attrs: m[3] ? attributes(m[0]) : NO_ATTRS };
  }
}

/** An attribute by its local name, whatever its prefix (`r:id`, `ns1:id`). */
export function prefixedAttr(attrs: ReadonlyMap<string, string>, local: string): string | undefined {
  for (const [k, v] of attrs) if (k.includes(':') && localName(k) === local) return v;
  return undefined;
}
