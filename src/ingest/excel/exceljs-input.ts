/**
 * What exceljs is given when the fast reader leaves a workbook to it: only the entries its
 * loader acts on, re-packed within the limits (./repack.ts), so that exceljs's own unzip
 * (JSZip, which has no size limit) never inflates anything; the cells exceljs would create,
 * written cells and every cell of a merged range, are counted first.
 */
import type { ReadLimits } from './limits.ts';
import { repackWithin } from './repack.ts';
import type { ZipEntry } from './zip-directory.ts';

/** Entry names exceljs 4.4 acts on (lib/xlsx/xlsx.js `load`), as it matches them; it reads and drops all others. */
const EXCELJS_READS = [
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^docProps\/(app|core)\.xml$/,
  /xl\/worksheets\/sheet\d+[.]xml/,
  /xl\/worksheets\/_rels\/sheet\d+[.]xml.rels/,
  /xl\/theme\/[a-zA-Z0-9]+[.]xml/,
  /xl\/media\/[a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4}$/,
  /xl\/drawings\/[a-zA-Z0-9]+[.]xml/,
  /xl\/comments\d+[.]xml/,
  /xl\/tables\/table\d+[.]xml/,
  /xl\/drawings\/_rels\/[a-zA-Z0-9]+[.]xml[.]rels/,
  /xl\/drawings\/vmlDrawing\d+[.]vml/,
];
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

export function provenForExceljs(buf: Buffer, limits: ReadLimits): Buffer {
  // exceljs drops a leading `/` and keeps the last of two entries of one name
  const pick = (e: ZipEntry) => {
    const name = e.name.startsWith('/') ? e.name.slice(1) : e.name;
    return !name.endsWith('/') && EXCELJS_READS.some((re) => re.test(name)) ? name : null;
  };
  return repackWithin(buf, limits, pick, (name, bytes, budget) => {
    if (WORKSHEET.test(name)) budget.spendCells(cellsExceljsCreates(bytes));
  });
}

const CELL_OPEN = Buffer.from('<c');
const MERGE_OPEN = Buffer.from('<mergeCell');
const MERGE_REF = /\bref\s*=\s*["']\$?([A-Z]{1,7})\$?(\d{1,9})(?::\$?([A-Z]{1,7})\$?(\d{1,9}))?["']/;

/** `<c>` elements (exceljs makes a cell of each, blank or not) and the cells of every merged range (it fills them all). */
function cellsExceljsCreates(xml: Buffer): number {
  let cells = 0;
  for (let at = xml.indexOf(CELL_OPEN); at >= 0; at = xml.indexOf(CELL_OPEN, at + 2)) {
    const next = xml[at + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) cells++;
  }
  for (let at = xml.indexOf(MERGE_OPEN); at >= 0; at = xml.indexOf(MERGE_OPEN, at + 10)) {
    const end = xml.indexOf(0x3e, at);
    const m = MERGE_REF.exec(xml.toString('latin1', at, end < 0 ? at + 200 : Math.min(end, at + 200)));
    if (!m) continue;
    const rows = Math.abs(Number(m[4] ?? m[2]) - Number(m[2])) + 1;
    const cols = Math.abs(column(m[3] ?? m[1]!) - column(m[1]!)) + 1;
    cells += rows * cols;
  }
  return cells;
}

function column(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}
