/**
 * The xlsx reader's size limits (excel/limits.ts) for the other formats: the file's bytes
 * (an .ods's parts: ods-package.ts) before anything is parsed, an .ods's cells counted
 * from its markup before SheetJS expands repeated cells, and every format's cells counted
 * as the sheet model is built.
 */
import type { ReadLimits } from '../excel/limits.ts';
import type { SizeExceeded } from '../../messages/issues.ts';
import type { CellBudget } from './sheet.ts';

export type LimitVerdict = { readonly ok: true } | { readonly ok: false; readonly what: SizeExceeded };

const tooManyCells = (limits: ReadLimits): SizeExceeded => ({ kind: 'cells', max: limits.maxCells });

/** A .xls, .et or .csv file's size. */
export function checkBytes(bytes: number, limits: ReadLimits): LimitVerdict {
  if (bytes <= limits.maxXmlBytes) return { ok: true };
  return { ok: false, what: { kind: 'file', bytes, max: limits.maxXmlBytes } };
}

const ODS_TAG = /<table:(table-row|table-cell)\b[^>]*>/g;
const REPEAT = /table:number-(?:rows|columns)-repeated\s*=\s*["'](\d+)["']/;

/** Cells holding a value in an .ods's content.xml, repeats multiplied out (as SheetJS will hold them). */
export function checkOdsCells(xml: string, limits: ReadLimits): LimitVerdict {
  let rowRepeat = 1;
  let cells = 0;
  for (const m of xml.matchAll(ODS_TAG)) {
    const repeat = Number(REPEAT.exec(m[0])?.[1] ?? 1);
    if (m[1] === 'table-row') rowRepeat = repeat;
    else if (/office:value-type\s*=/.test(m[0])) {
      cells += repeat * rowRepeat;
      if (cells > limits.maxCells) return { ok: false, what: tooManyCells(limits) };
    }
  }
  return { ok: true };
}

/** Counts cells as they are built; `refuse` is called (and must throw) with the reason once there are more than allowed. */
export function cellBudget(limits: ReadLimits, refuse: (what: SizeExceeded) => never): CellBudget {
  let left = limits.maxCells;
  return {
    take() {
      if (--left < 0) refuse(tooManyCells(limits));
    },
  };
}
