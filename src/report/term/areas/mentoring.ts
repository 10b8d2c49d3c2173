import { privacyText } from '../../../messages/privacy.ts';
import { targetOf } from '../../../metrics/index.ts';
import { dateZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.mentoring;

export const mentoringArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'mentoring_coverage').detail;
  const unpaired = d.unpaired_staff;
  const hidden = m.privacy !== undefined && !m.privacy.names;
  return {
    id: 'mentoring',
    targets: targetLines(m, ['mentoring_coverage']),
    lead: d.young > 0 ? [words.lead({ young: d.young, paired: d.paired, unpaired: d.young - d.paired })] : [],
    tables: [
      table({
        caption: words.unpaired.caption,
        columns: [
          { label: words.unpaired.columns.name, width: '30%' },
          { label: words.unpaired.columns.department, align: 'center' },
          { label: words.unpaired.columns.birth, align: 'center' },
        ],
        rows: unpaired.map((s) => [s.name, s.department ?? '—', dateZh(s.birth_date)]),
        empty: hidden && d.young > d.paired ? privacyText.namesHiddenShort : words.unpaired.empty,
      }),
    ],
  };
};
