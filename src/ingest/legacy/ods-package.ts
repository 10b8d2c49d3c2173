/**
 * What SheetJS is given for an .ods: only the parts its OpenDocument reader acts on, re-packed
 * within the limits (excel/repack.ts). SheetJS's own unzip inflates every entry of a package
 * at once with no limit; given this package it inflates nothing.
 */
import type { ReadLimits } from '../excel/limits.ts';
import { repackWithin } from '../excel/repack.ts';

/** Entry names SheetJS 0.20.3 reads from an OpenDocument package (xlsx.js `parse_zip`, `parse_ods`). */
const SHEETJS_READS = new Set(['mimetype', 'META-INF/manifest.xml', 'styles.xml', 'content.xml', 'meta.xml']);

export interface OdsPackage {
  /** A stored zip of the parts SheetJS reads. */
  readonly zip: Buffer;
  /** content.xml's text (the hidden-table scan and the cell count read it); null when the package has none. */
  readonly content: string | null;
}

/** Throws WorkbookUnreadable: a damaged directory or entry, or parts past the limits. */
export function odsPackage(buf: Buffer, limits: ReadLimits): OdsPackage {
  let content: string | null = null;
  const zip = repackWithin(buf, limits, (e) => (SHEETJS_READS.has(e.name) ? e.name : null), (name, bytes) => {
    if (name === 'content.xml') content = bytes.toString('utf8');
  });
  return { zip, content };
}
