import { targetOf } from '../../../metrics/index.ts';
import { percent, points } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.satisfaction;

export const satisfactionArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'satisfaction_growth').detail;
  const { s_this: sThis, s_prev: sPrev, satisfied_from: from, items } = d;
  const lead: string[] = [];
  if (sThis !== null) {
    const prev = sPrev !== null ? { rate: percent(sPrev), responses: d.responses_prev, change: points(sThis - sPrev) } : null;
    lead.push(words.lead({ span: m.term.kind, rate: percent(sThis), responses: d.responses_this, prev, from }));
  }
  return {
    id: 'satisfaction',
    targets: targetLines(m, ['satisfaction_growth']),
    lead,
    tables: [
      table({
        caption: words.items.caption,
        columns: [
          { label: words.items.columns.item, width: '52%' },
          { label: words.items.columns.thisTerm(m.term.kind), align: 'right' },
          { label: words.items.columns.prevTerm(m.term.kind), align: 'right' },
          { label: words.items.columns.change, align: 'right' },
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
        empty: words.items.empty,
        note: words.items.note,
      }),
    ],
  };
};
