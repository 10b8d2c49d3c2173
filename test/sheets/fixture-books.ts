/** The bundled fixtures as fake Google spreadsheets, one per workbook, in the folder's order. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fakeFromXlsx } from '../fake-sheets/from-xlsx.ts';
import type { FakeSpreadsheet } from '../fake-sheets/spreadsheet.ts';

export const FIXTURES = 'fixtures';

export interface FixtureBook {
  readonly file: string;
  readonly book: FakeSpreadsheet;
}

export async function fixtureBooks(): Promise<FixtureBook[]> {
  const files = (await readdir(FIXTURES)).filter((f) => f.endsWith('.xlsx')).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return Promise.all(
    files.map(async (file, i) => ({
      file,
      book: await fakeFromXlsx(join(FIXTURES, file), `1Fixture${String(i).padStart(2, '0')}abcdefghijklmnopqrstuvwxyz`, {
        anyoneWithLink: true,
        readers: [],
      }),
    })),
  );
}

/** Replaces each xlsx file name by the name the Sheets adapter gives the same workbook. */
export function asSheetsNames(text: string, books: readonly FixtureBook[]): string {
  let out = text;
  for (const { file, book } of books) {
    out = out.replaceAll(JSON.stringify(file), JSON.stringify(`${book.title}（Google 表格）`));
    // inside a sentence, as a warning's "where the data is" (file › sheet)
    out = out.replaceAll(`${file} › `, `${book.title}（Google 表格） › `);
  }
  return out;
}
