/**
 * The hidden tables of an OpenDocument spreadsheet, which SheetJS does not report: a table
 * is hidden when its table style says `table:display="false"` (how LibreOffice and WPS save
 * a hidden sheet). Read from content.xml's automatic styles and table start tags.
 */
import { attributes } from '../excel/fast/xml-text.ts';

const STYLE_TAGS = /<style:(?:style|table-properties)\s[^>]*>/g;
const TABLE = /<table:table\s[^>]*>/g;

/** Names of the hidden tables, as SheetJS names the sheets (the `table:name` text). */
export function hiddenOdsTables(xml: string): Set<string> {
  const hidden = new Set<string>();
  try {
    const bodyAt = xml.indexOf('<office:body');
    const hiddenStyles = new Set<string>();
    let style: Map<string, string> | undefined;
    for (const m of xml.slice(0, bodyAt < 0 ? xml.length : bodyAt).matchAll(STYLE_TAGS)) {
      const attrs = attributes(m[0]);
      if (m[0].startsWith('<style:style')) style = attrs;
      else if (style?.get('style:family') === 'table' && attrs.get('table:display') === 'false') hiddenStyles.add(style.get('style:name') ?? '');
    }
    if (hiddenStyles.size === 0) return hidden;
    for (const m of xml.slice(Math.max(bodyAt, 0)).matchAll(TABLE)) {
      const attrs = attributes(m[0]);
      const name = attrs.get('table:name');
      if (name !== undefined && hiddenStyles.has(attrs.get('table:style-name') ?? '')) hidden.add(name);
    }
  } catch {
    // markup the scan cannot decode: no sheet is taken for hidden, SheetJS reads them all
  }
  return hidden;
}
