/** Spreadsheet ids, also when the chair pastes the whole address. */

const ID = /^[A-Za-z0-9_-]{10,100}$/;
const IN_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;

/** The id in `1AbC…` or `https://docs.google.com/spreadsheets/d/1AbC…/edit#gid=0`; null when there is none. */
export function parseSpreadsheetId(text: string): string | null {
  const t = text.trim();
  const id = IN_URL.exec(t)?.[1] ?? t;
  return ID.test(id) ? id : null;
}
