import { unreadable } from './damage.ts';

export interface ReadLimits {
  /** Uncompressed bytes of every part a reader inflates (sheets, shared strings, styles, workbook, relationships). Default 200 MB. */
  readonly maxXmlBytes: number;
  /** Cells in the whole workbook, merged cells included. Default 5 million. */
  readonly maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxXmlBytes: 200 * 1024 * 1024, maxCells: 5_000_000 };

/** However high a school sets the limit: what one process can hold, and far below what a zip without zip64 records can address. */
const MAX_XML_BYTES_CEILING = 2 * 1024 * 1024 * 1024;

/**
 * What one reading of one workbook has spent against the limits. Every part is charged
 * its declared size before it is inflated (inflation never goes past it), every cell
 * as it is kept; passing a limit makes the workbook unreadable as too large.
 */
export class ReadBudget {
  private bytes = 0;
  private cells = 0;
  private readonly maxBytes: number;

  constructor(private readonly limits: ReadLimits) {
    this.maxBytes = Math.min(limits.maxXmlBytes, MAX_XML_BYTES_CEILING);
  }

  /** Refuses now when `more` bytes on top of those spent would pass the limit; spends nothing. */
  ensureBytes(more: number): void {
    const total = this.bytes + more;
    if (total > this.maxBytes) unreadable('source_too_large', { limit: { kind: 'xml', bytes: total, max: this.maxBytes } });
  }

  spendBytes(n: number): void {
    this.ensureBytes(n);
    this.bytes += n;
  }

  spendCells(n: number): void {
    this.cells += n;
    if (this.cells > this.limits.maxCells) unreadable('source_too_large', { limit: { kind: 'cells', max: this.limits.maxCells } });
  }
}
