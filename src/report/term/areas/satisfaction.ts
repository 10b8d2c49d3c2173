import { targetOf } from '../../../metrics/index.ts';
import { percent, points } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const satisfactionArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'satisfaction_growth').detail;
  const { s_this: sThis, s_prev: sPrev, satisfied_from: from, items } = d;
  const lead: string[] = [];
  if (sThis !== null) {
    lead.push(
      `本学期满意率 ${percent(sThis)}（${d.responses_this} 份答卷）` +
        (sPrev !== null ? `，上学期 ${percent(sPrev)}（${d.responses_prev} 份答卷），变化 ${points(sThis - sPrev)}` : '，上学期没有可比的答卷') +
        `。满意率 = 评分 ${from} 分及以上的答案 ÷ 全部非空答案。`,
    );
  }
  return {
    id: 'satisfaction',
    targets: targetLines(m, ['satisfaction_growth']),
    lead,
    tables: [
      table({
        caption: '各题满意率',
        columns: [
          { label: '题目', width: '52%' },
          { label: '本学期', align: 'right' },
          { label: '上学期', align: 'right' },
          { label: '变化', align: 'right' },
        ],
        rows: items.map((i) => {
          const { this: now, prev } = i;
          const delta = now !== null && prev !== null ? now - prev : null;
          return [
            i.item,
            percent(now),
            percent(prev),
            { text: points(delta), ...(delta !== null && delta < 0 ? { tone: 'not_met' as const, strong: true } : {}) },
          ];
        }),
        empty: '没有满意度测评的答卷。',
        note: '满意率下降的题目以橙色标出。',
      }),
    ],
  };
};
