/** The words of `union-dash metrics`'s human output. */
import type { MetricsResult } from '../metrics/index.ts';

export const metricsText = {
  heading: (r: MetricsResult) =>
    `${r.school ? `${r.school} · ` : ''}${r.term.label}（${r.term.start} 至 ${r.term.end}），统计截至 ${r.as_of}`,
  columns: ['指标', '当前值', '目标', '状态'] as const,
  noValue: '—',
  reasons: '无数据的原因：',
  evaluation: '期末总评：',
  notScored: '未评',
  dimension: (label: string, score: string, weight: number) => `${label} ${score}（权重 ${weight}）`,
  total: (total: string) => `总分 ${total}`,
  funds: (spent: string, income: string) => `经费：本学期已支出 ${spent} 元，收入 ${income} 元`,
  overBudget: (names: string) => `（超预算：${names}）`,
  issues: (errors: number, warnings: number) =>
    errors + warnings === 0 ? '数据检查：没有发现问题' : `数据检查：${errors} 个错误、${warnings} 个提醒，运行 union-dash check 查看每一处`,
} as const;
