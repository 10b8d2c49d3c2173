/**
 * The workbook part: its sheets in tab order with their part names, the date system, and the
 * shared parts. A zip without one is not a workbook (an .ods renamed .xlsx, any other zip) or a
 * damaged one; a worksheet whose part is missing, a nameless sheet or two sheets of one name
 * make the workbook unreadable, rather than a sheet silently lost.
 */
import { unreadable } from '../damage.ts';
import type { PackageParts } from './package-parts.ts';
import { inPart } from './xml-problem.ts';
import { prefixedAttr, tags } from './xml-tags.ts';

export interface SheetEntry {
  /** Trimmed, and cut at 31 characters as exceljs does (the most Excel allows). */
  readonly name: string;
  readonly state: string | undefined;
  /** Part name of the worksheet, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const REL = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
};
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

export function readWorkbookParts(parts: PackageParts): WorkbookParts {
  const root = relationships(parts, '');
  const office = [...root.values()].find((r) => REL.officeDocument.test(r.type));
  const workbookPart = office ? resolve('', office.target) : 'xl/workbook.xml';
  const xml = inPart('workbook', undefined, () => parts.xml(workbookPart)) ?? notAWorkbook(parts);

  const { isWorkbook, date1904, declared } = inPart('workbook', undefined, () => readWorkbookXml(xml));
  if (!isWorkbook) notAWorkbook(parts);
  const rels = relationships(parts, workbookPart);

  const sheets: SheetEntry[] = [];
  const seenNames = new Set<string>();
  for (const d of declared) {
    const rel = d.rId === undefined ? undefined : rels.get(d.rId);
    if (!rel || !REL.worksheet.test(rel.type)) continue; // chart sheets, dialog sheets: no cells to read
    // sheetId is not read: exceljs keys sheets by it and loses one of two sheets that share an id
    const name = (d.name.length > 31 ? d.name.slice(0, 31) : d.name).trim();
    if (name === '') unreadable('source_sheet_name', { name, problem: 'empty' });
    const part = resolve(workbookPart, rel.target);
    if (rel.external || !parts.has(part)) unreadable('source_sheet_missing', { sheet: name }, { sheet: name });
    if (seenNames.has(name.toLowerCase())) unreadable('source_sheet_name', { name, problem: 'duplicate' }, { sheet: name });
    seenNames.add(name.toLowerCase());
    sheets.push({ name, state: d.state, part });
  }

  const shared = (re: RegExp, fallback: string): string | undefined => {
    const rel = [...rels.values()].find((r) => re.test(r.type) && !r.external);
    const part = rel ? resolve(workbookPart, rel.target) : fallback;
    return parts.has(part) ? part : undefined;
  };
  return {
    sheets,
    date1904,
    sharedStrings: shared(REL.sharedStrings, 'xl/sharedStrings.xml'),
    styles: shared(REL.styles, 'xl/styles.xml'),
  };
}

interface DeclaredSheet {
  readonly name: string;
  readonly state: string | undefined;
  readonly rId: string | undefined;
}

function readWorkbookXml(xml: Buffer): { isWorkbook: boolean; date1904: boolean; declared: DeclaredSheet[] } {
  let isWorkbook = false;
  let date1904 = false;
  const declared: DeclaredSheet[] = [];
  for (const tag of tags(xml)) {
    if (tag.kind === 'close') continue;
    if (tag.name === 'workbook') isWorkbook = true;
    // xsd:boolean: exceljs reads only "1"
    if (tag.name === 'workbookPr') date1904 = /^(1|true)$/.test(tag.attrs.get('date1904') ?? '');
    if (tag.name !== 'sheet') continue;
    declared.push({ name: tag.attrs.get('name') ?? '', state: tag.attrs.get('state'), rId: prefixedAttr(tag.attrs, 'id') });
  }
  return { isWorkbook, date1904, declared };
}

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), by id. */
function relationships(parts: PackageParts, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const out = new Map<string, Relationship>();
  inPart('rels', undefined, () => {
    const xml = parts.xml(relsPart);
    if (xml === undefined) return;
    for (const tag of tags(xml)) {
      if (tag.kind === 'close' || tag.name !== 'Relationship') continue;
      const id = tag.attrs.get('Id');
      const target = tag.attrs.get('Target');
      if (id === undefined || target === undefined) continue;
      out.set(id, { type: tag.attrs.get('Type') ?? '', target: target.trim(), external: tag.attrs.get('TargetMode') === 'External' });
    }
  });
  return out;
}

/**
 * Why a zip has no workbook part: an OpenDocument spreadsheet under an .xlsx name, a zip
 * of something else, or a workbook whose workbook part is lost.
 */
function notAWorkbook(parts: PackageParts): never {
  if (parts.declaredSize('mimetype') <= ODS_MIMETYPE.length + 16 && parts.bytes('mimetype')?.toString('latin1').startsWith(ODS_MIMETYPE)) {
    unreadable('source_ods', {});
  }
  return parts.hasFolder('xl/') ? unreadable('source_no_sheets', {}) : unreadable('source_not_workbook', {});
}

/** A relationship target resolved against its source part: `worksheets/sheet1.xml`, `/xl/…`, `../…`. */
function resolve(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of decodeURIComponentSafe(target).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

function decodeURIComponentSafe(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
