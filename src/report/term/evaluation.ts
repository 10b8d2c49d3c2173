/** 期末总评: the four dimensions with score, weight and the evidence behind each. */
import { targetOf, type Dimension, type MetricsResult } from '../../metrics/index.ts';
import { num, percent } from '../../messages/format.ts';
import { table, type TableView } from '../view/table.ts';
import { termText } from '../../messages/term-report.ts';

export interface EvaluationView {
  readonly table: TableView;
  readonly total: string;
  readonly notes: readonly string[];
}

function evidence(d: Dimension, m: MetricsResult): string {
  switch (d.id) {
    case 'completion':
      return `有数据的目标 ${d.detail.counted} 项中达标 ${d.detail.met} 项；得分 = 达标项数 ÷ 有数据的项数 × 100。`;
    case 'compliance': {
      const { rows_used: used, rows_rejected: rejected, archive_completion: archive } = d.detail;
      const share = used + rejected > 0 ? used / (used + rejected) : null;
      return `资料归档规范率 ${percent(archive)}；台账有效数据行 ${used} 行、因错误未计入 ${rejected} 行，有效率 ${percent(share)}；得分为两者的平均 × 100。`;
    }
    case 'satisfaction': {
      const s = d.detail.s_this;
      const responses = targetOf(m, 'satisfaction_growth').detail.responses_this;
      return s === null ? '本学期没有满意度测评答卷。' : `本学期满意度测评满意率 ${percent(s)}（${responses} 份答卷）；得分 = 满意率 × 100。`;
    }
    case 'innovation': {
      const notes = d.detail.notes;
      if (d.score === null) return '“设置”表中没有填写创新性得分，本项不评分，总分按其余维度的权重折算。';
      return `工会委员会评定${notes ? `：${notes}` : '（未附说明）'}。`;
    }
  }
}

export function evaluationView(m: MetricsResult): EvaluationView {
  const dims = m.evaluation.dimensions;
  const scored = dims.filter((d) => d.score !== null && d.weight > 0);
  const weightSum = scored.reduce((n, d) => n + d.weight, 0);
  const notes: string[] = [];
  if (scored.length < dims.length && scored.length > 0) {
    const unscored = dims.filter((d) => !scored.includes(d)).map((d) => d.label);
    notes.push(`${unscored.join('、')}未评分，总分按已评维度的权重（合计 ${num(weightSum)}）加权平均。`);
  }
  notes.push('各维度满分 100 分；总分 = 各维度“得分 × 权重”之和 ÷ 已评维度的权重之和。');
  return {
    table: table({
      caption: '期末总评各维度得分',
      columns: [
        { label: '维度', align: 'center', width: '10%' },
        { label: '得分', align: 'right', width: '10%' },
        { label: '权重', align: 'right', width: '8%' },
        { label: '评分依据', width: '72%' },
      ],
      rows: [
        ...dims.map((d) => [
          { text: d.label, strong: true },
          d.score === null ? { text: termText.notScored, tone: 'no_data' as const } : { text: num(d.score), strong: true },
          num(d.weight),
          evidence(d, m),
        ]),
        [
          { text: '总分', strong: true },
          { text: m.evaluation.total === null ? termText.notScored : num(m.evaluation.total), strong: true },
          scored.length > 0 ? num(weightSum) : '—',
          '',
        ],
      ],
      empty: '',
    }),
    total: m.evaluation.total === null ? termText.notScored : num(m.evaluation.total),
    notes,
  };
}
