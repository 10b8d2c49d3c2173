/** 期末总评: the four dimensions with score, weight and the evidence behind each. */
import { targetOf, type Dimension, type MetricsResult } from '../../metrics/index.ts';
import { num, percent } from '../../messages/format.ts';
import { table, type TableView } from '../view/table.ts';
import { evaluationText as words, termText } from '../../messages/term-report.ts';

export interface EvaluationView {
  readonly table: TableView;
  readonly total: string;
  readonly notes: readonly string[];
}

function evidence(d: Dimension, m: MetricsResult): string {
  switch (d.id) {
    case 'completion':
      return words.completion(d.detail.counted, d.detail.met);
    case 'compliance': {
      const { rows_used: used, rows_rejected: rejected, archive_completion: archive } = d.detail;
      const share = used + rejected > 0 ? used / (used + rejected) : null;
      return words.compliance({ archive: percent(archive), used, rejected, share: percent(share) });
    }
    case 'satisfaction': {
      const s = d.detail.s_this;
      const responses = targetOf(m, 'satisfaction_growth').detail.responses_this;
      return s === null ? words.noSurvey(m.term.kind) : words.satisfaction(m.term.kind, percent(s), responses);
    }
    case 'innovation': {
      const notes = d.detail.notes;
      if (d.score === null) return words.innovationUnscored;
      return words.innovation(notes);
    }
  }
}

export function evaluationView(m: MetricsResult): EvaluationView {
  const dims = m.evaluation.dimensions;
  const scored = dims.filter((d) => d.score !== null && d.weight > 0);
  const weightSum = scored.reduce((n, d) => n + d.weight, 0);
  const notes: string[] = [];
  const noData = dims.filter((d) => m.evaluation.unscored.includes(d.id)).map((d) => d.label);
  if (noData.length > 0) notes.push(words.noTotal(noData));
  else if (scored.length < dims.length && scored.length > 0) {
    const unscored = dims.filter((d) => !scored.includes(d)).map((d) => d.label);
    notes.push(words.partlyScored(unscored, num(weightSum)));
  }
  notes.push(words.rule);
  return {
    table: table({
      caption: words.caption(m.term.kind),
      columns: [
        { label: words.columns.dimension, align: 'center', width: '10%' },
        { label: words.columns.score, align: 'right', width: '10%' },
        { label: words.columns.weight, align: 'right', width: '8%' },
        { label: words.columns.evidence, width: '72%' },
      ],
      rows: [
        ...dims.map((d) => [
          { text: d.label, strong: true },
          d.score === null ? { text: termText.notScored, tone: 'no_data' as const } : { text: num(d.score), strong: true },
          num(d.weight),
          evidence(d, m),
        ]),
        [
          { text: words.total, strong: true },
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
