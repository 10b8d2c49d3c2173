/** The Chinese wording of the term-end report that is computed rather than fixed in the template. */
import { dateZh, monthZh } from './format.ts';

export const termText = {
  title: '工会工作期末总评报告',
  footer: '第 {page} 页 / 共 {pages} 页',
  unnamedSchool: '（未填写学校名称）',
  span: (start: string, end: string) => `${dateZh(start)} 至 ${dateZh(end)}`,
  workingMonths: (months: readonly string[]) => months.map((m) => monthZh(m, true)).join('、'),
  noSources: '未提供（报告由看板生成，未附台账清单）',
  sourceSheets: (sheets: readonly string[]) => {
    const shown = sheets.slice(0, 6).join('、');
    return `（${sheets.length > 6 ? `${shown} 等 ${sheets.length} 张表` : shown}）`;
  },
  moreSources: (n: number) => `另有 ${n} 个文件，见附录`,

  summaryCounts: (p: { total: number; met: number; notMet: number; noData: number }) =>
    `本学期工作计划共 ${p.total} 项量化目标：达标 ${p.met} 项，未达标 ${p.notMet} 项，无数据 ${p.noData} 项。`,

  columns: {
    summary: ['序号', '目标（计划原文）', '当前值', '目标值', '状态'],
  },
  notScored: '未评分',
  emptyWithoutData: '无数据：所需台账缺失或没有本学期的记录，无法列出（原因见上）。',
} as const;

/** Titles of the areas, in the order the report shows them. */
export const areaTitles = {
  participation: '文体活动参与',
  satisfaction: '服务满意度',
  archive: '活动资料归档',
  proposals: '教代会提案办理',
  tasks: '常规工作完成',
  monthly: '集中学习与干部培训',
  offices: '文明办公室评选',
  mentoring: '青年教师结对帮扶',
  funds: '经费预算执行',
} as const;

export type AreaId = keyof typeof areaTitles;

/** Chinese ordinals for headings: 1 → 一. */
export function ordinal(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n] ?? String(n);
  if (n < 20) return `十${digits[n - 10] ?? ''}`;
  return String(n);
}
