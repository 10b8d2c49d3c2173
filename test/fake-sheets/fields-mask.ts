/**
 * Partial responses (`fields=`): `a,b(c,d/e),f/*`. Names are checked against the schema of
 * the resource, as Google does ("Invalid field selection …").
 */

/** A schema node: `true` = a leaf (or a subtree we accept any selection in), else its fields. */
export type Schema = true | { readonly [field: string]: Schema };

type Mask = Map<string, Mask | true>;

export type MaskResult = { ok: true; mask: Mask } | { ok: false; message: string };

function parseList(text: string, at: { i: number }): Mask {
  const mask: Mask = new Map();
  for (;;) {
    const start = at.i;
    while (at.i < text.length && !',()'.includes(text[at.i]!)) at.i++;
    const path = text.slice(start, at.i).trim().split('/').map((s) => s.trim());
    if (path.some((p) => p === '')) throw new Error(`bad field path near ${text.slice(start)}`);
    let sub: Mask | true = true;
    if (text[at.i] === '(') {
      at.i++;
      sub = parseList(text, at);
      if (text[at.i] !== ')') throw new Error('unbalanced parentheses');
      at.i++;
    }
    for (let k = path.length - 1; k > 0; k--) sub = new Map([[path[k]!, sub]]);
    merge(mask, path[0]!, sub);
    if (text[at.i] === ',') {
      at.i++;
      continue;
    }
    return mask;
  }
}

function merge(mask: Mask, key: string, sub: Mask | true): void {
  const had = mask.get(key);
  if (had === undefined) mask.set(key, sub);
  else if (had === true || sub === true) mask.set(key, true);
  else for (const [k, v] of sub) merge(had, k, v);
}

function check(mask: Mask, schema: Schema, prefix: string): string | null {
  if (schema === true) return null;
  for (const [key, sub] of mask) {
    if (key === '*') continue;
    const node = schema[key];
    if (node === undefined) return `Invalid field selection ${prefix}${key}`;
    if (sub !== true) {
      const err = check(sub, node, `${prefix}${key}.`);
      if (err) return err;
    }
  }
  return null;
}

export function parseMask(text: string, schema: Schema): MaskResult {
  try {
    const at = { i: 0 };
    const mask = parseList(text, at);
    if (at.i !== text.length) return { ok: false, message: `Invalid field selection ${text}` };
    const err = check(mask, schema, '');
    return err ? { ok: false, message: err } : { ok: true, mask };
  } catch {
    return { ok: false, message: `Invalid field selection ${text}` };
  }
}

/** Keeps only the selected fields; arrays are filtered element by element. */
export function applyMask(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  const src = value as Record<string, unknown>;
  const all = mask.get('*');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(src)) {
    const sub = mask.get(key) ?? all;
    if (sub === undefined) continue;
    out[key] = applyMask(src[key], sub);
  }
  return out;
}

const GRID_RANGE: Schema = { sheetId: true, startRowIndex: true, endRowIndex: true, startColumnIndex: true, endColumnIndex: true };

/** The parts of the Spreadsheet resource the fake knows by name. */
export const SPREADSHEET_SCHEMA: Schema = {
  spreadsheetId: true,
  properties: { title: true, locale: true, autoRecalc: true, timeZone: true, defaultFormat: true, spreadsheetTheme: true, iterativeCalculationSettings: true },
  sheets: {
    properties: {
      sheetId: true,
      title: true,
      index: true,
      sheetType: true,
      hidden: true,
      rightToLeft: true,
      tabColor: true,
      tabColorStyle: true,
      dataSourceSheetProperties: true,
      gridProperties: {
        rowCount: true,
        columnCount: true,
        frozenRowCount: true,
        frozenColumnCount: true,
        hideGridlines: true,
        rowGroupControlAfter: true,
        columnGroupControlAfter: true,
      },
    },
    data: true,
    merges: GRID_RANGE,
    conditionalFormats: true,
    filterViews: true,
    protectedRanges: true,
    basicFilter: true,
    charts: true,
    bandedRanges: true,
    developerMetadata: true,
    rowGroups: true,
    columnGroups: true,
    slicers: true,
    tables: true,
  },
  namedRanges: true,
  spreadsheetUrl: true,
  developerMetadata: true,
  dataSources: true,
  dataSourceSchedules: true,
};

const VALUE_RANGE: Schema = { range: true, majorDimension: true, values: true };
export const VALUE_RANGE_SCHEMA: Schema = VALUE_RANGE;
export const BATCH_GET_SCHEMA: Schema = { spreadsheetId: true, valueRanges: VALUE_RANGE };
