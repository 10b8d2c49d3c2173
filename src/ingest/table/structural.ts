import { normalizeName } from '../values/index.ts';

/** 合计/小计/总计/累计/共计, possibly after a period (3月小计, 本月合计, 2026年合计) and before its figure (合计：3人). */
const TOTAL = /^(.{0,8}?)(合计|小计|总计|累计|共计)(数|金额)?([:：].*)?$/u;
const SUBTOTAL = /小计|本月合计|本期合计|月合计/u;
/** A running total since January or the book's start (本年累计, 累计), and its page-end line 过次页. */
const RUNNING = /^(.{0,8}?)累计(数|金额)?([:：].*)?$|^过次页/u;
/** The running total brought over from the previous page. */
const CARRIED = /^承前页/u;
/** The book's opening: nothing before it in the year. */
const OPENING = /^(上年结转|期初余额|年初余额)/u;
const AVERAGE = /^(平均|平均分|平均值|均值)[:：]?$/u;
/**
 * Carried-forward lines start with their word; sign-off lines are a label and a colon
 * (制表人：, 填表日期：, 备注：) or the bare label, so a fund row "说明书打印费" stays data.
 */
const SIGN_OFF =
  /^(制表|审核|填表|备注|说明|签字|盖章|单位负责人|经办人|负责人|主管领导)[^:：\d]{0,4}[:：]|^(制表人?|审核人?|填表人?|备注|说明|签字|盖章)$/u;

/** A character every label above holds (计 of 合计 and 累计, 过 of 过次页, 表 of 制表…): text without one is no label. */
const LABEL_CHARACTER = /[计过承结余均表核注说签章负经主]/u;

/**
 * total: 合计 of the rows above; subtotal: 小计, 本月合计 of the rows since the previous one;
 * running: 本年累计, 过次页 — a total since January, fed by 承前页 or the previous running line;
 * carried: 承前页; opening: 上年结转, 期初余额 (the book's start); average; signoff.
 */
export type StructuralKind = 'total' | 'subtotal' | 'running' | 'carried' | 'opening' | 'average' | 'signoff';

/** Whether a row's label (its first non-empty cell, or its description cell) makes it a structural row. */
export function structuralLabel(text: string): StructuralKind | null {
  const t = normalizeName(text);
  if (!t || !LABEL_CHARACTER.test(t)) return null;
  if (RUNNING.test(t)) return 'running';
  if (CARRIED.test(t)) return 'carried';
  if (OPENING.test(t)) return 'opening';
  if (TOTAL.test(t)) return SUBTOTAL.test(t) ? 'subtotal' : 'total';
  if (AVERAGE.test(t)) return 'average';
  if (SIGN_OFF.test(t)) return 'signoff';
  return null;
}
