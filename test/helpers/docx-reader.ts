/**
 * Reads a .docx as Word would start to: the zip (CRC-checked), every XML part through a strict
 * XML parser (saxes, exceljs's own), the content types and the document's relationships; then
 * the body's paragraphs (style and text), tables (cell texts) and pictures (blip and svgBlip targets).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { readZip } from './zip-reader.ts';

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (XmlNode | string)[];
}

/** Parses XML strictly: malformed XML throws. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const stack: { name: string; attrs: Record<string, string>; children: (XmlNode | string)[] }[] = [];
  let root: XmlNode | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => stack.push({ name: t.name, attrs: { ...(t.attributes as Record<string, string>) }, children: [] }));
  parser.on('text', (text) => stack.at(-1)?.children.push(text));
  parser.on('closetag', () => {
    const node = stack.pop()!;
    if (stack.length === 0) root = node;
    else stack.at(-1)!.children.push(node);
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

export const all = (n: XmlNode, name: string): XmlNode[] =>
  n.children.flatMap((c) => (typeof c === 'string' ? [] : [...(c.name === name ? [c] : []), ...all(c, name)]));

/** The text of w:t elements under a node. */
export const textOf = (n: XmlNode): string =>
  n.children.map((c) => (typeof c === 'string' ? (n.name === 'w:t' ? c : '') : c.name === 'w:br' ? '\n' : textOf(c))).join('');

export interface DocxParagraph {
  readonly style: string | null;
  readonly text: string;
}

export interface DocxPicture {
  /** Zip paths of the PNG (a:blip) and the SVG (asvg:svgBlip). */
  readonly png: string | null;
  readonly svg: string | null;
  /** Displayed size in EMU. */
  readonly cx: number;
  readonly cy: number;
}

export interface DocxFacts {
  /** Every part's name and bytes. */
  readonly parts: ReadonlyMap<string, Buffer>;
  /** Every XML part, parsed. */
  readonly xml: ReadonlyMap<string, XmlNode>;
  readonly contentTypes: { readonly defaults: ReadonlyMap<string, string>; readonly overrides: ReadonlyMap<string, string> };
  /** Paragraphs of the body outside tables, in order. */
  readonly paragraphs: readonly DocxParagraph[];
  /** Tables of the body, each as rows of cell texts. */
  readonly tables: readonly (readonly (readonly string[])[])[];
  readonly pictures: readonly DocxPicture[];
  /** w:sectPr of the body. */
  readonly section: XmlNode;
}

function bodyParagraphs(n: XmlNode): XmlNode[] {
  return n.children.flatMap((c) => (typeof c === 'string' || c.name === 'w:tbl' ? [] : c.name === 'w:p' ? [c] : bodyParagraphs(c)));
}

export function readDocx(bytes: Uint8Array): DocxFacts {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-docx-'));
  let parts: Map<string, Buffer>;
  try {
    const file = join(dir, 'doc.docx');
    writeFileSync(file, bytes);
    parts = new Map(readZip(file).map((e) => [e.name, e.data()]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const xml = new Map([...parts].filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, data]) => [name, parseXml(data.toString('utf8'))]));
  const part = (name: string) => {
    const x = xml.get(name);
    if (!x) throw new Error(`docx without ${name}`);
    return x;
  };
  const types = part('[Content_Types].xml');
  const contentTypes = {
    defaults: new Map(all(types, 'Default').map((d) => [d.attrs['Extension']!, d.attrs['ContentType']!])),
    overrides: new Map(all(types, 'Override').map((d) => [d.attrs['PartName']!, d.attrs['ContentType']!])),
  };
  const main = contentTypes.overrides.get('/word/document.xml');
  if (main !== 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml') throw new Error(`main part type ${main}`);
  const rels = new Map(all(part('word/_rels/document.xml.rels'), 'Relationship').map((r) => [r.attrs['Id']!, r.attrs['Target']!]));
  const target = (id: string | undefined) => {
    if (id === undefined) return null;
    const t = rels.get(id);
    if (t === undefined) throw new Error(`relationship ${id} missing`);
    return `word/${t.replace(/^\/?word\//, '')}`;
  };
  const doc = part('word/document.xml');
  const body = all(doc, 'w:body')[0]!;
  const paragraphs = bodyParagraphs(body).map((p) => ({ style: all(p, 'w:pStyle')[0]?.attrs['w:val'] ?? null, text: textOf(p) }));
  const tables = all(body, 'w:tbl').map((t) => all(t, 'w:tr').map((r) => all(r, 'w:tc').map(textOf)));
  const pictures = all(body, 'w:drawing').map((d) => {
    const extent = all(d, 'wp:extent')[0];
    return {
      png: target(all(d, 'a:blip')[0]?.attrs['r:embed']),
      svg: target(all(d, 'asvg:svgBlip')[0]?.attrs['r:embed']),
      cx: Number(extent?.attrs['cx']),
      cy: Number(extent?.attrs['cy']),
    };
  });
  const section = all(body, 'w:sectPr').at(-1)!;
  return { parts, xml, contentTypes, paragraphs, tables, pictures, section };
}
