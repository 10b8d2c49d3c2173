/** One refresh of a spreadsheet: the two API responses, as fetched and as cached. */
import type { sheets_v4 } from '@googleapis/sheets';

export interface SheetsSnapshot {
  readonly spreadsheetId: string;
  /** ISO instant of the fetch. */
  readonly fetchedAt: string;
  readonly spreadsheet: sheets_v4.Schema$Spreadsheet;
  /** One per readable sheet (see `readableSheets`), in request order. */
  readonly valueRanges: readonly sheets_v4.Schema$ValueRange[];
}

/** Titles, grid sizes, hidden flags and merges; nothing else of the spreadsheet. */
export const SPREADSHEET_FIELDS =
  'spreadsheetId,properties(title,locale,timeZone),sheets(properties(sheetId,title,index,sheetType,hidden,gridProperties(rowCount,columnCount)),merges)';

export const VALUES_FIELDS = 'valueRanges(range,majorDimension,values)';

/** Visible grid sheets: the ones whose values are fetched. Charts-only sheets have no grid. */
export function readableSheets(spreadsheet: sheets_v4.Schema$Spreadsheet): sheets_v4.Schema$Sheet[] {
  return (spreadsheet.sheets ?? []).filter((s) => {
    const p = s.properties;
    return typeof p?.title === 'string' && !p.hidden && (p.sheetType ?? 'GRID') === 'GRID';
  });
}
