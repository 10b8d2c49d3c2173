/** The workbook part: its sheets in tab order with their part names, the date system, and the shared parts. */
import type { PackageParts } from './package-parts.ts';
import { unsupported } from './unsupported.ts';
import { prefixedAttr, tags } from './xml-tags.ts';

export interface SheetEntry {
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
const INVALID_SHEET_NAME = /[*?:/\\[\]]/;

export function readWorkbookParts(parts: PackageParts): WorkbookParts {
  const root = relationships(parts, '');
  const office = [...root.values()].find((r) => REL.officeDocument.test(r.type));
  const workbookPart = office ? resolve('', office.target) : 'xl/workbook.xml';
  const xml = parts.text(workbookPart) ?? unsupported('no workbook part');
  const rels = relationships(parts, workbookPart);

  let date1904 = false;
  const declared: { name: string; id: number; state: string | undefined; rId: string | undefined }[] = [];
  for (const tag of tags(xml)) {
    if (tag.kind === 'close') continue;
    // xsd:boolean: exceljs reads only "1"
    if (tag.name === 'workbookPr') date1904 = /^(1|true)$/.test(tag.attrs.get('date1904') ?? '');
    if (tag.name !== 'sheet') continue;
    const id = Number(tag.attrs.get('sheetId'));
    declared.push({ name: tag.attrs.get('name') ?? `sheet${id}`, id, state: tag.attrs.get('state'), rId: prefixedAttr(tag.attrs, 'id') });
  }

  const sheets: SheetEntry[] = [];
  const seenIds = new Set<number>();
  const seenNames = new Set<string>();
  for (const d of declared) {
    // exceljs refuses these names and keys sheets by a positive id; such files go to exceljs as before
    if (!Number.isInteger(d.id) || d.id < 1 || seenIds.has(d.id)) unsupported(`sheetId ${d.id}`);
    seenIds.add(d.id);
    const rel = d.rId === undefined ? undefined : rels.get(d.rId);
    if (!rel || !REL.worksheet.test(rel.type)) continue; // chart sheets, dialog sheets: no cells to read
    if (rel.external) unsupported('external worksheet');
    const part = resolve(workbookPart, rel.target);
    if (!parts.has(part)) unsupported(`missing worksheet part ${part}`);
    // exceljs cuts names at 31 characters, the most Excel allows
    const name = d.name.length > 31 ? d.name.slice(0, 31) : d.name;
    if (name === '' || name === 'History' || INVALID_SHEET_NAME.test(name) || /^'|'$/.test(name)) unsupported(`sheet name ${name}`);
    if (seenNames.has(name.toLowerCase())) unsupported(`duplicate sheet name ${name}`);
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

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), by id. */
function relationships(parts: PackageParts, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = parts.text(relsPart);
  const out = new Map<string, Relationship>();
  if (xml === undefined) return out;
  for (const tag of tags(xml)) {
    if (tag.kind === 'close' || tag.name !== 'Relationship') continue;
    const id = tag.attrs.get('Id');
    const target = tag.attrs.get('Target');
    if (id === undefined || target === undefined) continue;
    out.set(id, { type: tag.attrs.get('Type') ?? '', target: target.trim(), external: tag.attrs.get('TargetMode') === 'External' });
  }
  return out;
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
