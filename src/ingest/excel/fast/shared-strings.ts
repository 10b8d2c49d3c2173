/**
 * The shared-string table: each `<si>` as its visible text. Rich-text runs are joined,
 * phonetic guides (`<rPh>`, "序号xu'hao") dropped, `_xHHHH_` escapes decoded.
 * An `<si>` with no text at all is null, as exceljs reads it.
 */
import { afterEndTag, BANG, isName, leafText, localStart, nameEnd, QUESTION, skipSpecial, SLASH, tagEnd } from './scan.ts';
import { unescapeXString, xmlText } from './xml-text.ts';

export function readSharedStrings(xml: string | undefined): (string | null)[] {
  const out: (string | null)[] = [];
  if (xml === undefined) return out;
  let plain: string | undefined;
  let runs: string[] | undefined;
  let runText: string | undefined;
  let inRun = false;
  let inPhonetic = false;
  let p = 0;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === BANG || c1 === QUESTION) {
      p = skipSpecial(xml, lt);
      continue;
    }
    const closing = c1 === SLASH;
    const nameFrom = closing ? lt + 2 : lt + 1;
    const end = nameEnd(xml, nameFrom);
    const local = localStart(xml, nameFrom, end);
    const gt = tagEnd(xml, end);
    const empty = !closing && xml.charCodeAt(gt - 1) === SLASH;
    p = gt + 1;
    if (isName(xml, local, end, 'si')) {
      if (closing || empty) {
        out.push(plain ?? (runs ? runs.join('') : null));
        plain = runs = undefined;
      }
    } else if (isName(xml, local, end, 'rPh')) {
      inPhonetic = !closing && !empty;
    } else if (isName(xml, local, end, 'r')) {
      if (closing || empty) {
        if (!inPhonetic) (runs ??= []).push(runText ?? '');
        inRun = false;
      } else {
        inRun = true;
        runText = undefined;
      }
    } else if (isName(xml, local, end, 't') && !closing) {
      let text = '';
      if (!empty) {
        const leaf = leafText(xml, gt, 't');
        text = unescapeXString(xmlText(leaf.raw));
        p = afterEndTag(xml, leaf.end);
      }
      if (inPhonetic) continue;
      if (inRun) runText = text;
      else plain = text;
    }
  }
  return out;
}
