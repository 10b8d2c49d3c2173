/** The upper union's assessment rubric (考核细则): items, points, how each is scored, and the chair's own 自评分. */
import type { LedgerDef } from '../ledger.ts';
import { text } from '../sheet-template.ts';
import { readRubric } from './read.ts';

export const rubricLedger: LedgerDef<'rubric'> = {
  keywords: ['考核细则', '考评细则', '评分细则', '评估细则', '考核评分', '考核自评'],
  fields: ['rubricDimension', 'rubricItem', 'rubricMax', 'rubricCriteria', 'rubricType', 'rubricRule', 'rubricSource', 'selfScore', 'reviewScore'],
  required: ['考核内容', '分值'],
  fingerprint: (h) =>
    h.has('rubricItem') && (h.has('rubricMax') || h.has('rubricRule')) ? ['rubricMax', 'rubricRule', 'selfScore', 'rubricType'].filter((f) => h.has(f as never)).length : -1,
  records: 'rubric',
  read: readRubric,
  template: {
    name: '考核细则',
    columns: [
      text('一级指标', 12),
      text('考核内容', 34),
      text('分值', 8),
      text('评分标准', 34),
      text('类型', 8, { values: ['基本', '加分', '否决'] }),
      text('计分方式', 30),
      text('数据来源', 16),
      text('自评分', 8),
      text('考评', 8),
    ],
  },
};
