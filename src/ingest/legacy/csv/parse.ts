/**
 * Delimited text → rows of fields (RFC 4180 as spreadsheets write it): quoted fields with
 * doubled quotes, commas and line breaks inside, CRLF, LF or CR line ends. The delimiter is
 * a comma, or a tab when the first line has more tabs than commas, or what an Excel
 * `sep=;` first line names (a line Excel does not show, so row 1 is the line after it).
 */

/** `onField` is called for each non-empty field, so a caller can stop an oversized file (by throwing). */
export function parseDelimited(text: string, onField: () => void = () => {}): string[][] {
  const sep = /^sep=(.)\r?\n/i.exec(text.slice(0, 8));
  const body = sep ? text.slice(sep[0].length) : text;
  const delimiter = sep ? sep[1]! : detectDelimiter(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = body.length;
  const endField = () => {
    if (field !== '') onField();
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const c = body[i]!;
    if (c === '"' && field === '') {
      // a quoted field: up to the quote not doubled; text after it, up to the delimiter, is kept
      i++;
      for (;;) {
        const q = body.indexOf('"', i);
        if (q < 0) {
          field += body.slice(i);
          i = n;
          break;
        }
        field += body.slice(i, q);
        if (body[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      continue;
    }
    if (c === delimiter) endField();
    else if (c === '\n') endRow();
    else if (c === '\r') {
      endRow();
      if (body[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

function detectDelimiter(text: string): string {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === '\t') tabs++;
    else if (!quoted && c === ',') commas++;
  }
  return tabs > commas ? '\t' : ',';
}
