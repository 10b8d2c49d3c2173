/**
 * Which cell styles (`s="n"`, an index into `cellXfs`) show numbers as dates: only the number
 * formats and each `cellXfs` entry's numFmtId are read, tag by tag, never the part as one string.
 */
import { isBuiltinDateFormat, isDateFormatCode } from './date-format.ts';
import { tags } from './xml-tags.ts';

/** `result[s]` is true when style `s` has a date or time number format. */
export function dateStyles(xml: Buffer | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const numFmtIds: number[] = [];
  const open: string[] = [];
  for (const tag of tags(xml)) {
    if (tag.kind === 'close') {
      open.pop();
      continue;
    }
    const parent = open[open.length - 1];
    if (tag.name === 'numFmt' && parent === 'numFmts') {
      const code = tag.attrs.get('formatCode');
      if (code) custom.set(parseInt(tag.attrs.get('numFmtId') ?? '', 10), code);
    } else if (tag.name === 'xf' && parent === 'cellXfs') {
      numFmtIds.push(parseInt(tag.attrs.get('numFmtId') ?? '0', 10));
    }
    if (tag.kind === 'open') open.push(tag.name);
  }
  return numFmtIds.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltinDateFormat(id);
  });
}
