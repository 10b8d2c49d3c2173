/** The words of `union-dash metrics`'s human output. */
import { SPAN_WORDS, type SpanKindKey } from './span.ts';

/** What the heading names: the school, the term and the day of the figures. */
interface Heading {
  readonly school: string;
  readonly term: { readonly label: string; readonly start: string; readonly end: string };
  readonly as_of: string;
}

export const metricsText = {
  heading: (r: Heading) =>
    `${r.school ? `${r.school} · ` : ''}${r.term.label}（${r.term.start} 至 ${r.term.end}），统计截至 ${r.as_of}`,
  columns: ['指标', '当前值', '目标', '状态'] as const,
  noValue: '—',
  reasons: '无数据的原因：',
  reason: (label: string, reason: string) => `  ${label}：${reason}`,
  notScored: '未评',
  dimension: (label: string, score: string, weight: number) => `${label} ${score}（权重 ${weight}）`,
  evaluation: (span: SpanKindKey, dimensions: readonly string[], total: string) => `${SPAN_WORDS[span].review}：${dimensions.join('、')}；总分 ${total}`,
  rubric: (p: { total: string; basic: string; basicMax: string; bonus: string; unscored: number; vetoed: readonly string[] }) =>
    `考核细则自评：合计 ${p.total} 分（基本项 ${p.basic}/${p.basicMax}，加分 ${p.bonus}）${p.unscored ? `，${p.unscored} 项待人工评分` : ''}${p.vetoed.length ? `；触发否决：${p.vetoed.join('、')}` : ''}`,
  funds: (span: SpanKindKey, spent: string, income: string) => `经费：${SPAN_WORDS[span].this}已支出 ${spent} 元，收入 ${income} 元`,
  overBudget: (names: readonly string[]) => `（超预算：${names.join('、')}）`,
  issues: (errors: number, warnings: number) =>
    errors + warnings === 0 ? '数据检查：没有发现问题' : `数据检查：${errors} 个错误、${warnings} 个提醒，运行 union-dash check 查看每一处`,
} as const;
