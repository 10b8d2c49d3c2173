/**
 * A plain tag walker for the parts read tag by tag (workbook, relationships, styles), over
 * UTF-8 bytes (./xml-bytes.ts): a part is never turned into one string, however large.
 * Comments, processing instructions and CDATA are skipped; entity references in text are
 * checked as in the other parts.
 */
import { malformed } from './xml-problem.ts';
import { attributes, localName, xmlText } from './xml-text.ts';

export interface Tag {
  /** Local name, prefix dropped: `x:sheet` → `sheet`. */
  readonly name: string;
  readonly kind: 'open' | 'close' | 'empty';
  readonly attrs: ReadonlyMap<string, string>;
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMICOLON = 0x3b;
const BANG = 0x21;
const QUESTION = 0x3f;
const SLASH = 0x2f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const NAME = /^[A-Za-z_][\w.:-]*$/;
const NO_ATTRS: ReadonlyMap<string, string> = new Map();
/** The longest entity or character reference worth reading as one. */
const MAX_REFERENCE = 40;

/** A start or empty tag, its attributes decoded only when asked for (most tags' never are). */
class StartTag implements Tag {
  private decoded: ReadonlyMap<string, string> | undefined;

  constructor(
    readonly name: string,
    readonly kind: 'open' | 'empty',
    private readonly xml: Buffer,
    private readonly lt: number,
    private readonly gt: number,
    private readonly nameEnd: number,
  ) {}

  get attrs(): ReadonlyMap<string, string> {
    this.decoded ??= this.gt - this.nameEnd > 1 ? attributes(this.xml.toString('utf8', this.lt, this.gt + 1)) : NO_ATTRS;
    return this.decoded;
  }
}

/** Every element tag of `xml` in document order. */
export function* tags(xml: Buffer): Generator<Tag> {
  let p = 0;
  let amp = -1; // the next `&` at or after p once looked for; Infinity when there is none
  const nextAmp = (from: number) => {
    const i = xml.indexOf(AMP, from);
    return i < 0 ? Infinity : i;
  };
  for (;;) {
    const lt = xml.indexOf(LT, p);
    const textEnd = lt < 0 ? xml.length : lt;
    if (amp < p) amp = nextAmp(p);
    for (; amp < textEnd; amp = nextAmp(amp + 1)) checkReference(xml, amp, textEnd);
    if (lt < 0) return;
    const c1 = xml[lt + 1];
    if (c1 === BANG || c1 === QUESTION) {
      p = afterSpecial(xml, lt);
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    const nameStart = c1 === SLASH ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    for (let c = xml[nameEnd]!; c > 32 && c !== GT && c !== SLASH; c = xml[++nameEnd]!);
    const full = xml.toString('latin1', nameStart, nameEnd);
    if (!NAME.test(full)) malformed('tag');
    const name = localName(full);
    p = gt + 1;
    if (c1 === SLASH) yield { name, kind: 'close', attrs: NO_ATTRS };
    else yield new StartTag(name, xml[gt - 1] === SLASH ? 'empty' : 'open', xml, lt, gt, nameEnd);
  }
}

/** An `&` in text must start a reference the scanners read (`&amp;`, `&#20013;`…). */
function checkReference(xml: Buffer, amp: number, textEnd: number): void {
  const semi = xml.indexOf(SEMICOLON, amp);
  const end = semi >= 0 && semi < textEnd && semi - amp <= MAX_REFERENCE ? semi + 1 : amp + 1;
  xmlText(xml.toString('utf8', amp, end));
}

/** The index after a comment, CDATA section or processing instruction starting at `lt`. */
function afterSpecial(xml: Buffer, lt: number): number {
  const start = xml.toString('latin1', lt, lt + 9);
  const [open, close] = start.startsWith('<?') ? ['<?', '?>'] : start.startsWith('<!--') ? ['<!--', '-->'] : start === '<![CDATA[' ? [start, ']]>'] : malformed('tag');
  const end = xml.indexOf(close, lt + open.length);
  return end < 0 ? malformed('truncated') : end + close.length;
}

/** Index of the `>` closing the tag whose name starts at `from`; quoted values may hold `>`. */
function tagEnd(xml: Buffer, from: number): number {
  const gt = xml.indexOf(GT, from);
  if (gt < 0) malformed('truncated');
  let quoted = false;
  for (let i = from; i < gt && !quoted; i++) quoted = xml[i] === DQUOTE || xml[i] === SQUOTE;
  if (!quoted) return gt;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (c === GT) return i;
    if (c === DQUOTE || c === SQUOTE) {
      i = xml.indexOf(c, i + 1);
      if (i < 0) break;
    }
  }
  return malformed('truncated');
}

/** An attribute by its local name, whatever its prefix (`r:id`, `ns1:id`). */
export function prefixedAttr(attrs: ReadonlyMap<string, string>, local: string): string | undefined {
  for (const [k, v] of attrs) if (k.includes(':') && localName(k) === local) return v;
  return undefined;
}
