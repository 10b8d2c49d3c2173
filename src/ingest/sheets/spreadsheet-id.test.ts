import { describe, expect, it } from 'vitest';
import { parseSpreadsheetId } from './spreadsheet-id.ts';

const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

describe('parseSpreadsheetId', () => {
  it.each([
    [ID, ID],
    [` ${ID} `, ID],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, ID],
    [`https://docs.google.com/spreadsheets/d/${ID}`, ID],
  ])('%s', (text, id) => expect(parseSpreadsheetId(text)).toBe(id));

  it.each(['', 'abc', '../../etc/passwd', '工会台账', `${ID}/edit`])('refuses %j', (text) => expect(parseSpreadsheetId(text)).toBeNull());
});
