/**
 * Where each part of a printed pack starts. Chromium writes a named destination for every
 * link target (`<a href="#part-3">` → `/part-3 [12 0 R /XYZ …]`) into the PDF's /Dests
 * dictionary, and the page tree (/Pages … /Kids) in plain, uncompressed objects: the page
 * objects' order gives each destination's page number. Null when the file is not laid out so.
 */
export interface PrintedPages {
  readonly count: number;
  /** Destination name → 1-based page number. */
  readonly starts: ReadonlyMap<string, number>;
}

const ref = (s: string) => /^(\d+)\s+\d+\s+R$/.exec(s.trim())?.[1];

/** The dictionary text of object `n` (up to its first stream or endobj). */
function objectText(pdf: string, n: string): string | undefined {
  const start = new RegExp(`(?:^|[\\r\\n\\s])${n}\\s+0\\s+obj\\b`).exec(pdf);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  const ends = [pdf.indexOf('endobj', from), pdf.indexOf('stream', from)].filter((i) => i >= 0);
  return ends.length === 0 ? undefined : pdf.slice(from, Math.min(...ends));
}

export function printedPages(bytes: Uint8Array): PrintedPages | null {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const catalog = /\/Type\s*\/Catalog\b[^]*?>>/.exec(pdf)?.[0];
  if (!catalog) return null;
  const root = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  const dests = /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  if (root === undefined) return null;

  // depth-first over the page tree: leaves are pages, in reading order
  const order: string[] = [];
  const walk = (n: string, depth: number): boolean => {
    const text = objectText(pdf, n);
    if (text === undefined || depth > 32) return false;
    if (!/\/Type\s*\/Pages\b/.test(text)) {
      order.push(n);
      return true;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1];
    if (kids === undefined) return false;
    return [...kids.matchAll(/(\d+)\s+\d+\s+R/g)].every((k) => walk(k[1]!, depth + 1));
  };
  if (!walk(root, 0)) return null;
  const pageOf = new Map(order.map((n, i) => [n, i + 1]));

  const starts = new Map<string, number>();
  if (dests !== undefined) {
    const text = objectText(pdf, dests);
    if (text === undefined) return null;
    for (const d of text.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+\s+\d+\s+R)/g)) {
      const page = pageOf.get(ref(d[2]!) ?? '');
      if (page !== undefined) starts.set(d[1]!, page);
    }
  }
  return { count: order.length, starts };
}
