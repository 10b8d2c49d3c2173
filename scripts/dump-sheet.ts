// Developer aid: prints the first rows of each sheet as the ingester sees them.
import { readExcelWorkbook } from '../src/ingest/excel/read-workbook.ts';

const [path, rowsArg] = process.argv.slice(2);
if (!path) throw new Error('usage: tsx scripts/dump-sheet.ts FILE [ROWS]');
const { workbook } = await readExcelWorkbook(path);
for (const s of workbook.sheets) {
  console.log(`== ${s.name} (${s.rowCount}×${s.columnCount}) merges=${s.merges.length}`);
  for (let r = 0; r < Math.min(s.rowCount, Number(rowsArg ?? 8)); r++) {
    const vals = [];
    for (let c = 0; c < Math.min(s.columnCount, 14); c++) {
      const v = s.cell(r, c).value;
      vals.push(v === null ? '' : typeof v === 'object' ? `D:${v.date}${v.time ? 'T' + v.time : ''}` : JSON.stringify(v));
    }
    console.log(r + 1, vals.join(' | '));
  }
}
