/** A chosen term, day or month that cannot be used: one sentence for the command line and the pages alike. */

export type ParamProblemCode = 'bad_date' | 'bad_term' | 'bad_month' | 'bad_period' | 'date_out_of_range' | 'term_out_of_range' | 'month_out_of_range';

const RANGE = '1990 年至 2100 年';

export const paramText: Readonly<Record<ParamProblemCode, (value: string) => string>> = {
  bad_date: (v) => `日期“${v}”无效，请写成 2026-06-30 的形式`,
  bad_period: (v) => `统计周期“${v}”无效，请写 学期、学年、年度 或 统计年度（上年10月1日至当年9月30日）`,
  bad_term: (v) => `学期“${v}”无效，请写成 2025-2026-2 或 2025-2026学年第二学期 的形式`,
  bad_month: (v) => `月份“${v}”无效，请写成 2026-06 的形式`,
  date_out_of_range: (v) => `日期“${v}”超出了可查看的范围（${RANGE}），请检查年份`,
  term_out_of_range: (v) => `学期“${v}”超出了可查看的范围（${RANGE}），请检查年份`,
  month_out_of_range: (v) => `月份“${v}”超出了可查看的范围（${RANGE}），请检查年份`,
};

/** A query parameter given twice (`?term=a&term=b`). */
export const repeatedParam = (name: string) => `参数 ${name} 只能填写一次`;

/** `?seconds=` of the projector mode outside its bounds, or not a whole number. */
export const badSeconds = (v: string, min: number, max: number) => `每页停留秒数“${v}”无效，请写 ${min} 至 ${max} 之间的整数`;
