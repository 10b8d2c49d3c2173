/**
 * Reads one workbook in a process of its own, for tests that measure peak memory:
 *   node --import tsx test/ingest/excel/read-in-child.ts <file.xlsx> <maxXmlBytes> <maxCells>
 * Prints one JSON line: what the chair gets (sheet names, or the issue), seconds, and the
 * process's peak resident set.
 */
import { readExcelWorkbook } from '../../../src/ingest/excel/read-workbook.ts';
import { SourceError } from '../../../src/ingest/issues.ts';

export interface ChildRead {
  readonly sheets?: readonly string[];
  readonly code?: string;
  readonly sheet?: string | null;
  readonly message?: string;
  readonly seconds: number;
  readonly maxRssMiB: number;
}

const [file, maxXmlBytes, maxCells] = process.argv.slice(2);
const started = performance.now();
let outcome: Omit<ChildRead, 'seconds' | 'maxRssMiB'>;
try {
  const read = await readExcelWorkbook(file!, { maxXmlBytes: Number(maxXmlBytes), maxCells: Number(maxCells) });
  outcome = { sheets: read.workbook.sheets.map((s) => s.name) };
} catch (e) {
  if (!(e instanceof SourceError)) throw e;
  outcome = { code: e.issue.code, sheet: e.issue.sheet, message: e.issue.message };
}
const result: ChildRead = { ...outcome, seconds: (performance.now() - started) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
console.log(JSON.stringify(result));
