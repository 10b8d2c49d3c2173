/**
 * Where each part of a printed pack starts. Chromium writes a named destination for every
 * link target (`<a href="#part-3">` → `/part-3 [12 0 R /XYZ …]`) into the PDF's /Dests
 * dictionary, and the page tree (/Pages … /Kids) as plain objects that the cross-reference
 * table at the end of the file locates: the order of the page objects gives each destination's
 * page number. Null when the file is not laid out so.
 */
export interface PrintedPages {
  readonly count: number;
  /** Destination name → 1-based page number. */
  readonly starts: ReadonlyMap<string, number>;
}

/** Object number → byte offset, from the classic `xref` table that `startxref` points to. */
function crossReference(pdf: string): Map<string, number> | null {
  const tail = pdf.slice(-1024);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1];
  if (start === undefined || !pdf.startsWith('xref', Number(start))) return null;
  const offsets = new Map<string, number>();
  const table = /(\d+)\s+(\d+)\s*[\r\n]+|(\d{10})\s+(\d{5})\s+([nf])\s*[\r\n]*|trailer/gy;
  table.lastIndex = Number(start) + 'xref'.length;
  while (/\s/.test(pdf[table.lastIndex] ?? '')) table.lastIndex++;
  let next = 0;
  for (let m = table.exec(pdf); m !== null && m[0] !== 'trailer'; m = table.exec(pdf)) {
    if (m[1] !== undefined) next = Number(m[1]);
    else {
      if (m[5] === 'n') offsets.set(String(next), Number(m[3]));
      next++;
    }
  }
  return offsets.size > 0 ? offsets : null;
}

export function printedPages(bytes: Uint8Array): PrintedPages | null {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const xref = crossReference(pdf);
  if (xref === null) return null;
  /** The dictionary text of an object, up to its stream or its end (dictionaries may nest). */
  const object = (n: string): string | undefined => {
    const at = xref.get(n);
    if (at === undefined) return undefined;
    const ends = [pdf.indexOf('endobj', at), pdf.indexOf('stream', at)].filter((i) => i >= 0);
    return ends.length === 0 ? undefined : pdf.slice(at, Math.min(...ends));
  };
  const rootRef = /\/Root\s+(\d+)\s+\d+\s+R/.exec(pdf.slice(pdf.lastIndexOf('trailer')))?.[1];
  const catalog = rootRef === undefined ? undefined : object(rootRef);
  const pages = catalog && /\/Pages\s+(\d+)\s+\d+\s+R/.exec(catalog)?.[1];
  if (!catalog || !pages) return null;

  // depth-first over the page tree: its leaves are the pages, in reading order
  const order: string[] = [];
  const walk = (n: string, depth: number): boolean => {
    const text = object(n);
    if (text === undefined || depth > 32) return false;
    if (!/\/Type\s*\/Pages\b/.test(text)) {
      order.push(n);
      return true;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1];
    return kids !== undefined && [...kids.matchAll(/(\d+)\s+\d+\s+R/g)].every((k) => walk(k[1]!, depth + 1));
  };
  if (!walk(pages, 0)) return null;
  const pageOf = new Map(order.map((n, i) => [n, i + 1]));

  const starts = new Map<string, number>();
  const dests = /\/Dests\s+(\d+)\s+\d+\s+R/.exec(catalog)?.[1];
  if (dests !== undefined) {
    const text = object(dests);
    if (text === undefined) return null;
    for (const d of text.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
      const page = pageOf.get(d[2]!);
      if (page !== undefined) starts.set(d[1]!, page);
    }
  }
  return { count: order.length, starts };
}
