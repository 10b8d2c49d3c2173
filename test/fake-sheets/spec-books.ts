/** Small spreadsheets holding the cases of google-sheets-api.md, for tests of the fake and the adapter. */
import type { FakeCredentials } from './auth.ts';
import { dateCell, sheetIdFor, type FakeCell, type FakeSheet, type FakeSpreadsheet } from './spreadsheet.ts';

export const SPEC_ID = '1SpecSheetAbcdefghijklmnopqrstuvwxyz0123456';
export const PRIVATE_ID = '1PrivateSheetAbcdefghijklmnopqrstuvwxyz012';
export const HIDDEN_FIRST_ID = '1HiddenFirstAbcdefghijklmnopqrstuvwxyz0123';

export const API_KEY = 'AIzaTestKey-good';
export const DISABLED_API_KEY = 'AIzaTestKey-disabled';
export const READER_TOKEN = 'ya29.reader';
export const STRANGER_TOKEN = 'ya29.stranger';
export const READER_EMAIL = 'union-dash@school-project.iam.gserviceaccount.com';
export const PROJECT = 123456;
export const DISABLED_PROJECT = 654321;

const v = (value: FakeCell['value'], extra: Partial<FakeCell> = {}): FakeCell => ({ value, ...extra });

function sheet(index: number, title: string, rows: FakeSheet['rows'], extra: Partial<FakeSheet> = {}): FakeSheet {
  return { sheetId: sheetIdFor(index), title, rowCount: 1000, columnCount: 26, rows, merges: [], ...extra };
}

/**
 * Sheet1: A1 `=4/2`, B1 2020-01-01, C1 53 (the render-option table); row 2 empty; A3 and C3
 * around an empty B3; A4 TRUE; A6:B7 merged. Then titles that need quoting, and an empty sheet.
 */
export function specBook(): FakeSpreadsheet {
  return {
    spreadsheetId: SPEC_ID,
    title: '工会台账',
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    sharing: { anyoneWithLink: true, readers: [] },
    sheets: [
      sheet(0, 'Sheet1', [[v(2, { formula: '=4/2' }), dateCell('2020-01-01'), v(53)], undefined, [v('a'), undefined, v('c')], [v(true)], undefined, [v('合并')]], {
        merges: [{ startRowIndex: 5, endRowIndex: 7, startColumnIndex: 0, endColumnIndex: 2 }],
      }),
      sheet(1, 'Class Data', [[v('名字'), v('分数')], [v('张三'), v(90)]], {
        merges: [{ startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }],
      }),
      sheet(2, '3月签到', [[v('姓名'), v('三八健步走')], [v('李明'), v('√')]]),
      sheet(3, 'A1', [[v('cell-like title')]]),
      sheet(4, "It's 😀", [[v('emoji')]]),
      sheet(5, 'Empty', []),
      sheet(6, '隐藏', [[v('secret')]], { hidden: true }),
    ],
  };
}

export function privateBook(): FakeSpreadsheet {
  return {
    ...specBook(),
    spreadsheetId: PRIVATE_ID,
    title: '经费台账',
    sharing: { anyoneWithLink: false, readers: [READER_EMAIL] },
  };
}

export function hiddenFirstBook(): FakeSpreadsheet {
  return {
    ...specBook(),
    spreadsheetId: HIDDEN_FIRST_ID,
    sheets: [sheet(0, 'Old', [[v('old')]], { hidden: true }), sheet(1, 'Current', [[v('current')]])],
  };
}

export const specCredentials = (serviceAccountPublicKeyPem?: string): FakeCredentials => ({
  apiKeys: { [API_KEY]: PROJECT, [DISABLED_API_KEY]: DISABLED_PROJECT },
  accessTokens: {
    [READER_TOKEN]: { principal: READER_EMAIL, project: PROJECT },
    [STRANGER_TOKEN]: { principal: 'someone@else.org', project: PROJECT },
  },
  serviceAccounts: serviceAccountPublicKeyPem ? { [READER_EMAIL]: { publicKeyPem: serviceAccountPublicKeyPem, project: PROJECT } } : {},
  disabledProjects: [DISABLED_PROJECT],
});
