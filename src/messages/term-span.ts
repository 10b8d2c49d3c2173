/** The term span a year-less date was checked against, and where that span comes from (for date_outside_term). */

export type SpanSource = 'settings_span' | 'settings' | 'sheet' | 'day';

const SOURCE: Readonly<Record<SpanSource, string>> = {
  settings_span: '起止日期按“设置”表中的学期开始、学期结束',
  settings: '学期按“设置”表，起止日期按默认（上学期 8月1日—1月31日，下学期 2月1日—7月31日）',
  sheet: '学期按这张表的标题、表名或文件名，起止日期按默认',
  day: '“设置”表没有写学期，按读取当天所在的学期；如不对，请在“设置”表中填写“学期”',
};

/** `2025-2026学年第二学期（2026-02-01 至 2026-07-31；起止日期按…）` */
export const termSpanText = (label: string, start: string, end: string, source: SpanSource): string => `${label}（${start} 至 ${end}；${SOURCE[source]}）`;
